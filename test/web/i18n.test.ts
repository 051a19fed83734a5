// The portal in six languages: catalogues match English, messages format plurals/dates/numbers per locale, and
// every page answers under its language prefix with lang/dir, switcher and hreflang; unknown prefixes are 404s.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { dataPath } from '../../src/lib/paths.ts';
import { EXPLOITATION_FORMS } from '../../src/model/analysis.ts';
import type { StoryFilter } from '../../src/store/store.ts';
import { unknownLangPrefix } from '../../src/web/app.ts';
import { html } from '../../src/web/html.ts';
import { parseAcceptLanguage, pickLang } from '../../src/web/i18n/accept-language.ts';
import { checkCatalogue, readCatalogue } from '../../src/web/i18n/catalogue.ts';
import { dirOf, LANGS, langPath, splitLangPath } from '../../src/web/i18n/langs.ts';
import { localeFor } from '../../src/web/i18n/locale.ts';
import { placeholders, pluralCases } from '../../src/web/i18n/message.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { formName } from '../../src/web/views/parts.ts';
import { portalApp } from './fixtures.ts';

describe('message catalogues', () => {
  const en = readCatalogue('en');

  it('has exactly the English keys and the same placeholders in every language', () => {
    for (const lang of LANGS) {
      const check = checkCatalogue(en, readCatalogue(lang));
      assert.deepEqual(check, { missing: [], extra: [], placeholders: [] }, lang);
    }
  });

  it('notices a missing key, an extra key and a changed placeholder', () => {
    const check = checkCatalogue({ a: 'A {x}', b: 'B', c: 'C' }, { a: 'A {y}', c: 'C', d: 'D' });
    assert.deepEqual(check, { missing: ['b'], extra: ['d'], placeholders: ['a'] });
  });

  it('gives every plural an "other" case and renders every message in every language', () => {
    const vars = new Proxy({}, { get: () => 3, has: () => true }) as Record<string, number>;
    for (const lang of LANGS) {
      const L = localeFor(lang);
      for (const [key, msg] of Object.entries(readCatalogue(lang))) {
        for (const m of msg.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
          const rest = msg.slice(m.index! + m[0].length, msg.lastIndexOf('}'));
          assert.ok('other' in pluralCases(rest), `${lang} ${key}: no "other" case`);
        }
        const names = placeholders(msg);
        const text = L.t(key as Parameters<typeof L.t>[0], Object.fromEntries(names.map((n) => [n, vars[n]!])));
        assert.doesNotMatch(text, /[{}#]/, `${lang} ${key}: ${text}`);
      }
    }
  });
});

describe('locale formatting', () => {
  it('chooses plural forms by the language’s rules', () => {
    const en = localeFor('en');
    assert.equal(en.t('map.stories', { count: 1 }), '1 story');
    assert.equal(en.t('map.stories', { count: 1200 }), '1,200 stories');
    const ar = localeFor('ar');
    assert.equal(ar.t('map.stories', { count: 2 }), 'خبران');
    assert.match(ar.t('map.stories', { count: 5 }), /^5 أخبار$/);
    assert.match(ar.t('map.stories', { count: 11 }), /^11 خبرًا$/);
    assert.equal(localeFor('fr').t('map.stories', { count: 0 }), '0 article');
  });

  it('writes dates, months, numbers and country names in the reader’s locale', () => {
    assert.equal(localeFor('en').date('2026-11-29T10:00:00Z'), '29 Nov 2026');
    assert.equal(localeFor('fr').date('2026-11-29T10:00:00Z'), '29 nov. 2026');
    assert.match(localeFor('es').month('2026-03'), /mar/);
    assert.equal(localeFor('fr').num(12345), '12\u202f345');
    assert.equal(localeFor('fr').country('DE'), 'Allemagne');
    assert.equal(localeFor('sw').country('KE'), 'Kenya');
    assert.equal(localeFor('ar').country('EG'), 'مصر');
    assert.equal(localeFor('en').country('CI'), 'Ivory Coast');
  });

  it('escapes message text and values in markup but keeps Safe values', () => {
    const L = localeFor('en');
    const out = String(L.tx('story.articleFrom', { outlet: '<b>x</b>' }));
    assert.equal(out, 'Article from: &lt;b&gt;x&lt;/b&gt;');
    const link = html`<a href="/x">y</a>`;
    assert.equal(String(L.tx('report.source', { link })), 'Source: <a href="/x">y</a>');
  });
});

describe('language from path and Accept-Language', () => {
  it('splits and joins language prefixes, English unprefixed', () => {
    assert.deepEqual(splitLangPath('/fr/map'), { lang: 'fr', path: '/map' });
    assert.deepEqual(splitLangPath('/ar/'), { lang: 'ar', path: '/' });
    assert.deepEqual(splitLangPath('/kb/signs'), { lang: 'en', path: '/kb/signs' });
    assert.deepEqual(splitLangPath('/en/map'), { lang: 'en', path: '/en/map' });
    assert.equal(langPath('en', '/map'), '/map');
    assert.equal(langPath('sw', '/'), '/sw/');
    assert.equal(dirOf('ar'), 'rtl');
    assert.equal(dirOf('pt'), 'ltr');
  });

  it('parses weights and picks the first supported language', () => {
    assert.deepEqual(
      parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5').map((r) => r.range),
      ['fr-ch', 'fr', 'en', '*'],
    );
    assert.equal(pickLang('de-DE,pt-BR;q=0.8,en;q=0.5'), 'pt');
    assert.equal(pickLang('en;q=0.2, ar;q=0.9'), 'ar');
    assert.equal(pickLang('sw'), 'sw');
    assert.equal(pickLang('es;q=0'), 'en');
  });

  it('answers English for a malformed or hostile header', () => {
    for (const h of ['', ';;;', 'fr;q=abc', 'fr;q=2', '12345', 'fr_FR', '\u0000', 'a'.repeat(5000), ',,,,']) {
      assert.equal(pickLang(h), 'en', JSON.stringify(h.slice(0, 20)));
    }
    assert.equal(pickLang(undefined), 'en');
    assert.equal(pickLang(`${'x-y,'.repeat(200)}fr`), 'en', 'entries past the cap are ignored');
  });

  it('recognises an unknown language prefix but not our own routes', () => {
    assert.equal(unknownLangPrefix('/de/map'), 'de');
    assert.equal(unknownLangPrefix('/pt-br/'), 'pt-br');
    assert.equal(unknownLangPrefix('/kb/signs'), null);
    assert.equal(unknownLangPrefix('/fr/map'), null);
    assert.equal(unknownLangPrefix('/map'), null);
  });
});

describe('portal pages in every language', () => {
  type App = Awaited<ReturnType<typeof portalApp>>;
  let p: App;
  let seen: StoryFilter[];
  before(async () => {
    seen = [];
    const base = await portalApp();
    const stories = {
      ...base.deps.store.stories,
      list: (f: StoryFilter) => {
        seen.push(f);
        return base.deps.store.stories.list(f);
      },
    };
    const store = { ...base.deps.store, stories };
    p = await portalApp({ store });
  });
  const get = (path: string, init?: RequestInit) => p.app.request(path, init);

  it('serves each page with its lang and dir, a switcher to all six languages and hreflang alternates', async () => {
    const story = p.stories.find((s) => s.published)!;
    for (const lang of LANGS) {
      for (const path of [
        '/',
        '/map',
        '/trends',
        '/report',
        '/kb',
        '/search',
        `/stories/${story.slug}`,
        '/country/za',
      ]) {
        const r = await get(langPath(lang, path));
        assert.equal(r.status, 200, `${lang} ${path}`);
        const body = await r.text();
        assert.match(body, new RegExp(`<html lang="${lang}" dir="${dirOf(lang)}">`), `${lang} ${path}`);
        const switcher = body.slice(body.indexOf('<nav class="langs"'));
        for (const l of LANGS)
          assert.ok(switcher.includes(`href="${langPath(l, path)}" lang="${l}"`), `${lang} ${path} → ${l}`);
        assert.match(
          switcher,
          new RegExp(`href="${langPath(lang, path)}" lang="${lang}" hreflang="${lang}" aria-current="true"`),
        );
        const alts: string[] = body.match(/<link rel="alternate" hreflang="[^"]+" href="[^"]+">/g) ?? [];
        assert.equal(alts.length, LANGS.length + 1, `${lang} ${path}: hreflang`);
        assert.ok(alts.includes(`<link rel="alternate" hreflang="x-default" href="http://lantern.test${path}">`));
      }
    }
  });

  it('writes the interface in the language and keeps story titles in theirs, isolated', async () => {
    const fr = await (await get('/fr/')).text();
    assert.match(fr, /<h2 id="latest">Derniers articles<\/h2>/);
    assert.match(fr, /href="\/fr\/map"/);
    assert.match(fr, /<a class="report" href="\/fr\/report">Signaler la traite<\/a>/);
    assert.match(fr, /<time datetime="2026-[^"]+">\d{1,2} [a-zéû]+\.? 2026<\/time>/);
    const ar = await (await get('/ar/')).text();
    assert.match(ar, /<h3 lang="en" dir="auto"><a href="\/ar\/stories\//);
    assert.match(ar, /مقال من: <a href="[^"]+" rel="noopener nofollow"><bdi>/);
    const story = p.stories.find((s) => s.published && s.articleCount > 1)!;
    const page = await (await get(`/ar/stories/${story.slug}`)).text();
    assert.match(page, /<h1 lang="en" dir="auto">/);
    assert.ok(page.indexOf('class="facts"') < page.indexOf('id="why-h"'), 'facts before the evidence');
  });

  it('answers an unknown language prefix with 404 and a link to the language list', async () => {
    for (const path of ['/de/map', '/de', '/pt-br/', '/xx/report']) {
      const r = await get(path);
      assert.equal(r.status, 404, path);
      assert.match(await r.text(), /<a href="\/languages">All languages<\/a>/, path);
    }
    const fr = await get('/fr/no-such-page');
    assert.equal(fr.status, 404);
    const body = await fr.text();
    assert.match(body, /<html lang="fr" dir="ltr">/);
    assert.match(body, /Page introuvable/);
    assert.doesNotMatch(body, /Lantern has no pages/);
    const list = await (await get('/languages')).text();
    for (const l of LANGS)
      assert.match(list, new RegExp(`<a href="${langPath(l, '/').replace(/\//g, '\\/')}" lang="${l}"`));
  });

  it('suggests the browser’s language on the bare root only, and says the page varies with it', async () => {
    const fr = await get('/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' } });
    assert.match(fr.headers.get('vary') ?? '', /Accept-Language/);
    const body = await fr.text();
    assert.match(
      body,
      /<p class="lang-suggest" lang="fr" dir="ltr"><a href="\/fr\/" hreflang="fr">Lire Lantern en français<\/a><\/p>/,
    );
    assert.match(body, /<html lang="en" dir="ltr">/, 'the English page stays English');
    const ar = await (await get('/', { headers: { 'accept-language': 'ar-EG' } })).text();
    assert.match(ar, /lang="ar" dir="rtl"><a href="\/ar\/"/);
    for (const h of ['en-GB', 'fr;q=abc', ';;', 'de']) {
      const r = await get('/', { headers: { 'accept-language': h } });
      assert.equal(r.status, 200, h);
      assert.doesNotMatch(await r.text(), /lang-suggest/, h);
    }
    const map = await get('/map', { headers: { 'accept-language': 'fr' } });
    assert.doesNotMatch(await map.text(), /lang-suggest/);
    assert.doesNotMatch(map.headers.get('vary') ?? '', /Accept-Language/);
  });

  it('keeps cached English pages English whatever the next reader’s browser asks for', async () => {
    const cached = await portalApp({ cacheMs: 60_000 });
    await cached.app.request('/', { headers: { 'accept-language': 'es' } });
    const plain = await (await cached.app.request('/')).text();
    assert.doesNotMatch(plain, /lang-suggest/);
    const es = await (await cached.app.request('/', { headers: { 'accept-language': 'es' } })).text();
    assert.match(es, /Leer Lantern en español/);
  });

  it('filters stories by the reader’s language and refuses a malformed language code', async () => {
    seen.length = 0;
    const r = await get('/fr/?lang=fr');
    assert.equal(r.status, 200);
    assert.ok(seen.some((f) => f.language === 'fr'));
    assert.match(await r.text(), /<option value="fr" lang="fr" selected>Français<\/option>/);
    assert.equal((await get('/?lang=french')).status, 400);
  });
});

describe('knowledge base translations', () => {
  const kb = loadKnowledgeBase();
  const links = (htmlText: string) => [...htmlText.matchAll(/href="(https?:[^"]+)"/g)].map((m) => m[1]).sort();

  it('carries every source of the English page, and links inside the portal stay in the language', () => {
    let translated = 0;
    for (const page of kb.pages) {
      for (const lang of LANGS.filter((l) => l !== 'en')) {
        const t = kb.get(page.slug, lang)!;
        if (t.lang !== lang) continue;
        translated++;
        assert.deepEqual([...new Set(links(t.html))], [...new Set(links(page.html))], `${lang}/${page.slug}`);
        for (const m of t.html.matchAll(/href="(\/[^"]*)"/g)) assert.ok(m[1]!.startsWith(`/${lang}/`), m[1]);
      }
    }
    assert.ok(translated >= 6, `${translated} translated pages`);
  });

  it('shows a translated page in its language and an untranslated one in English, marked as such', async () => {
    const p = await portalApp();
    const fr = await (await p.app.request('/fr/kb/signs')).text();
    assert.match(fr, /<article class="kb"><h1>Signes à repérer<\/h1>/);
    const sw = await (await p.app.request('/sw/kb/how-lantern-works')).text();
    assert.match(sw, /<html lang="sw" dir="ltr">/);
    assert.match(sw, /<article class="kb"><h1>Jinsi Lantern inavyofanya kazi<\/h1>/);
    // A language folder holding only some pages: the others show in English, marked as such.
    const partial = mkdtempSync(join(tmpdir(), 'lantern-kb-'));
    mkdirSync(join(partial, 'sw'));
    copyFileSync(dataPath('kb-translations/sw/signs.md'), join(partial, 'sw/signs.md'));
    const q = await portalApp({ kb: loadKnowledgeBase(dataPath('kb'), partial) });
    const en = await (await q.app.request('/sw/kb/how-lantern-works')).text();
    assert.match(en, /<html lang="sw" dir="ltr">/);
    assert.match(en, /<article class="kb" lang="en" dir="ltr"><h1>How Lantern works<\/h1>/);
    assert.match(en, /Ukurasa huu bado haujatafsiriwa/);
    assert.doesNotMatch(await (await q.app.request('/sw/kb/signs')).text(), /Ukurasa huu bado haujatafsiriwa/);
    rmSync(partial, { recursive: true });
    const ar = await (await p.app.request('/ar/kb/signs')).text();
    assert.match(ar, /<html lang="ar" dir="rtl">/);
    assert.match(ar, /<article class="kb"><h1>العلامات التي ينبغي الانتباه إليها<\/h1>/);
    const index = await (await p.app.request('/es/kb')).text();
    assert.match(index, /<li><a href="\/es\/kb\/what-is-trafficking">¿Qué es la trata de personas\?<\/a>/);
  });
});

describe('sitemap in every language', () => {
  it('lists fixed and knowledge-base pages in each language with hreflang alternates', async () => {
    const p = await portalApp();
    const xml = await (await p.app.request('/sitemap.xml')).text();
    assert.match(xml, /xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml"/);
    for (const l of LANGS) assert.ok(xml.includes(`<loc>http://lantern.test${langPath(l, '/report')}</loc>`), l);
    const entry = /<url><loc>http:\/\/lantern\.test\/ar\/kb\/signs<\/loc>(.*?)<\/url>/.exec(xml)?.[1] ?? '';
    assert.equal((entry.match(/<xhtml:link /g) ?? []).length, LANGS.length + 1);
    assert.match(entry, /hreflang="fr" href="http:\/\/lantern\.test\/fr\/kb\/signs"/);
  });
});

describe('form names', () => {
  it('names every form in every language and keeps an unknown form as given', () => {
    for (const lang of LANGS)
      for (const f of EXPLOITATION_FORMS) assert.notEqual(formName(localeFor(lang), f), f, `${lang} ${f}`);
    assert.equal(formName(localeFor('fr'), 'toString'), 'toString');
    assert.equal(formName(localeFor('fr'), 'made_up'), 'made_up');
  });
});
