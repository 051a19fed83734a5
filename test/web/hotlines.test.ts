import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { dataPath } from '../../src/lib/paths.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { allCountries } from '../../src/web/labels.ts';
import { portalApp } from './fixtures.ts';

type App = Awaited<ReturnType<typeof portalApp>>;

const GOOD = JSON.parse(readFileSync(dataPath('hotlines.json'), 'utf8')) as {
  countries: Record<string, unknown>[];
  [k: string]: unknown;
};
const dir = mkdtempSync(join(tmpdir(), 'lantern-hotlines-'));

/** Writes the real file with one country entry changed, and loads it. */
function loadWith(change: (c: Record<string, unknown>, line: Record<string, unknown>) => void) {
  const copy = structuredClone(GOOD);
  const first = copy.countries[0]!;
  change(first, (first.lines as Record<string, unknown>[])[0]!);
  const file = join(dir, 'h.json');
  writeFileSync(file, JSON.stringify(copy));
  return () => loadHotlines(file);
}

describe('hotline file', () => {
  it('covers at least 60 countries, each line with an https source and each country with a checked month', () => {
    const h = loadHotlines();
    assert.ok(h.countries.length >= 60, `${h.countries.length} countries`);
    for (const cc of ['NG', 'MM', 'MZ', 'GT', 'KH', 'SN', 'EG', 'ET', 'ZW', 'IN', 'BR', 'CO', 'UA', 'TR', 'QA', 'LB'])
      assert.ok(h.forCountry(cc), cc);
    const eu = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT'];
    for (const cc of [...eu, 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'])
      assert.ok(h.forCountry(cc), cc);
    for (const c of h.countries) {
      assert.match(c.checked, /^\d{4}-\d{2}$/);
      for (const l of c.lines) assert.match(l.source, /^https:\/\//);
    }
    assert.ok(h.international.length >= 1);
  });

  it('rejects a bad country code, a missing source, a bad checked date, a bad tel and an unknown term', () => {
    assert.throws(
      loadWith((c) => (c.country = 'XX')),
      /bad country code "XX"/,
    );
    assert.throws(
      loadWith((c) => (c.country = 'za')),
      /bad country code "za"/,
    );
    assert.throws(
      loadWith((_c, l) => delete l.source),
      /has no https source/,
    );
    assert.throws(
      loadWith((_c, l) => (l.source = 'http://example.org/')),
      /has no https source/,
    );
    assert.throws(
      loadWith((c) => (c.checked = '2026-13')),
      /checked "2026-13" is not YYYY-MM/,
    );
    assert.throws(
      loadWith((c) => delete c.checked),
      /checked undefined is not YYYY-MM/,
    );
    assert.throws(
      loadWith((_c, l) => (l.tel = '0800 CALL ME')),
      /is not a dialable number/,
    );
    assert.throws(
      loadWith((_c, l) => (l.terms = ['toll-free'])),
      /unknown term "toll-free"/,
    );
    assert.throws(
      loadWith((c) => delete c.emergencySource),
      /needs an https emergencySource/,
    );
    assert.throws(
      loadWith((c) => (c.lines = [])),
      /dedicated but no line/,
    );
    const twice = structuredClone(GOOD);
    twice.countries.push(twice.countries[0]!);
    writeFileSync(join(dir, 't.json'), JSON.stringify(twice));
    assert.throws(() => loadHotlines(join(dir, 't.json')), /appears twice/);
    writeFileSync(join(dir, 'n.json'), '{');
    assert.throws(() => loadHotlines(join(dir, 'n.json')), /not JSON/);
  });
});

describe('report page', () => {
  let p: App;
  before(async () => {
    p = await portalApp();
  });
  const text = async (path: string) => (await p.app.request(path)).text();

  it('lists at least 60 countries by region in <details>, with an A–Z index and a no-JS country picker', async () => {
    const body = await text('/report');
    const sections = body.match(/<section class="country-hotlines" id="[a-z]{2}"/g) ?? [];
    assert.ok(sections.length >= 60, `${sections.length} country sections`);
    assert.match(body, /<details class="region"><summary>Africa \(\d+ countries\)<\/summary>/);
    assert.match(body, /<form class="country-pick" method="get" action="\/report">/);
    assert.match(body, /<a href="\/report\?country=ng">Nigeria<\/a>/);
    assert.doesNotMatch(body, /<script(?! src=)/);
    assert.doesNotMatch(body, /style=/);
  });

  it('puts the chosen country first and says honestly where no dedicated line was found', async () => {
    const ng = await text('/report?country=NG');
    const yours = ng.indexOf('id="yours"');
    assert.ok(yours > 0 && yours < ng.indexOf('id="intl-h"'), 'chosen country before the rest');
    assert.match(ng.slice(yours, yours + 2000), /href="tel:627" dir="ltr">627<\/a>/);
    const mm = await text('/report?country=mm');
    const block = mm.slice(mm.indexOf('id="yours"'), mm.indexOf('id="intl-h"'));
    assert.match(block, /No dedicated trafficking line found for Myanmar/);
    assert.match(block, /we found no source for this country’s emergency number/);
    assert.match(block, /globalmodernslavery\.org/);
    const fr = await text('/report?country=fr');
    assert.match(fr, /116 000/);
    const bad = await p.app.request('/report?country=Narnia');
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /not a country code we know/);
  });

  it('gives every country the gazetteer can place a story in, once it has stories, an emergency line and an international contact', async () => {
    const codes = allCountries().map((c) => c.code);
    const stories = {
      ...p.deps.store.stories,
      countryCounts: async () => codes.map((country) => ({ country, count: 1 })),
    };
    const store = { ...p.deps.store, stories };
    const q = await portalApp({ store });
    const body = await (await q.app.request('/report')).text();
    for (const cc of codes) {
      const at = body.indexOf(`<section class="country-hotlines" id="${cc.toLowerCase()}"`);
      assert.ok(at > 0, `${cc} has a section`);
      const section = body.slice(at, body.indexOf('</section>', at));
      assert.match(section, /Emergency: /, cc);
      const own = q.deps.hotlines.forCountry(cc);
      if (!own?.dedicated) assert.match(section, /No (dedicated trafficking line found|entry for)/, cc);
      if (!own?.dedicated) assert.match(section, /href="https:\/\/globalmodernslavery\.org\/"/, cc);
    }
  });

  it('gives a story country without an entry the sourced fallback and international contacts, said honestly', async () => {
    assert.equal(
      p.deps.hotlines.forCountry('VE'),
      undefined,
      'Venezuela has no entry (pick another country if it gets one)',
    );
    const stories = { ...p.deps.store.stories, countryCounts: async () => [{ country: 'VE', count: 3 }] };
    const store = { ...p.deps.store, stories };
    const q = await portalApp({ store });
    const body = await (await q.app.request('/report?country=ve')).text();
    assert.match(body, /<a href="\/report\?country=ve">Venezuela<\/a>/, 'listed A–Z because it has stories');
    const yours = body.slice(body.indexOf('id="yours"'), body.indexOf('id="intl-h"'));
    assert.match(yours, /No entry for Venezuela yet: no dedicated trafficking line found in our sources/);
    assert.match(yours, /we found no source for this country’s emergency number/);
    const h = q.deps.hotlines;
    assert.ok(yours.includes(h.fallback.emergency), 'the fallback emergency advice');
    assert.ok(yours.includes(`href="${h.fallback.source}"`), 'with its source');
    for (const c of h.international) {
      assert.ok(yours.includes(`href="${c.url}"`), c.name);
      assert.ok(yours.includes(`href="${c.source}"`), `${c.name}: its source`);
    }
    assert.doesNotMatch(yours, /href="tel:/, 'no number that no source gave');
  });

  it('sources every number: each line, each emergency number, each checked month', () => {
    const h = loadHotlines();
    for (const c of h.countries) {
      assert.match(c.checked, /^\d{4}-(0[1-9]|1[0-2])$/, c.country);
      if (c.emergency) assert.match(c.emergencySource ?? '', /^https:\/\/[^/]+\./, `${c.country} emergency`);
      for (const l of c.lines) assert.match(l.source, /^https:\/\/[^/]+\./, `${c.country} ${l.name}`);
      // A number written into a note must also be a line of its own or come from that line's source page.
      if (c.note) assert.doesNotMatch(c.note, /\d{4,}/, `${c.country}: a number in a country note has no source`);
    }
    for (const cc of ['MY', 'SG', 'AR', 'PE', 'HN', 'EC', 'MA', 'OM', 'TZ', 'MW', 'CI'])
      assert.ok(h.forCountry(cc), cc);
  });

  it('shows the hotline first on a country page, above the stories', async () => {
    const ph = await text('/country/ph');
    const help = ph.indexOf('Report trafficking in Philippines');
    assert.ok(help > 0 && help < ph.indexOf('Stories in Philippines'), 'hotline before stories');
    const mz = await text('/country/mz');
    assert.match(mz, /No dedicated trafficking line found for Mozambique/);
  });
});
