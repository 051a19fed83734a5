import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { opmlToSources, sourcesToOpml } from '../../../src/feeds/opml.ts';
import { parseFeedText } from '../../../src/feeds/parse.ts';
import { FetchError } from '../../../src/fetch/errors.ts';
import type { Source } from '../../../src/model/records.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/feeds/${name}`, import.meta.url), 'utf8');

describe('parseFeedText', () => {
  it('reads RSS 2.0: relative links, GUIDs, TTL, content:encoded; skips items without a link', () => {
    const f = parseFeedText(fixture('rss2.xml'), 'https://herald.example/rss.xml');
    assert.equal(f.kind, 'rss');
    assert.equal(f.ttlMinutes, 60);
    assert.equal(f.language, 'en');
    assert.equal(f.entries.length, 2);
    assert.equal(f.dropped, 1);
    assert.equal(f.entries[0]!.id, 'herald-1001');
    assert.equal(f.entries[0]!.published, '2026-03-03T08:00:00.000Z');
    assert.equal(f.entries[0]!.author, 'Staff reporter');
    assert.equal(f.entries[1]!.url, 'https://herald.example/news/begging-ring');
    assert.match(f.entries[1]!.content!, /forcing children to beg/);
  });

  it('reads RSS 1.0 / RDF', () => {
    const f = parseFeedText(fixture('rss1.rdf'), 'https://rdf.example/feed');
    assert.equal(f.kind, 'rdf');
    assert.equal(f.language, 'fr');
    assert.equal(f.entries[0]!.title, 'Réseau de traite démantelé');
    assert.equal(f.entries[0]!.published, '2026-03-04T08:30:00.000Z');
  });

  it('reads Atom', () => {
    const f = parseFeedText(fixture('atom.xml'), 'https://wire.example/atom.xml');
    assert.equal(f.kind, 'atom');
    assert.equal(f.link, 'https://wire.example/');
    assert.deepEqual(
      { id: f.entries[0]!.id, url: f.entries[0]!.url, published: f.entries[0]!.published },
      { id: 'urn:example:wire:77', url: 'https://wire.example/story/77', published: '2026-03-05T09:00:00.000Z' },
    );
  });

  it('reads JSON Feed and drops a repeated id', () => {
    const f = parseFeedText(fixture('feed.json'), 'https://json.example/feed.json');
    assert.equal(f.kind, 'jsonfeed');
    assert.equal(f.entries.length, 1);
    assert.equal(f.entries[0]!.language, 'es');
  });

  it('reads a news sitemap', () => {
    const f = parseFeedText(fixture('news-sitemap.xml'), 'https://sitemap.example/news-sitemap.xml');
    assert.equal(f.kind, 'sitemap');
    assert.equal(f.entries.length, 2);
    assert.equal(f.entries[0]!.title, 'Operação resgata & liberta 20 trabalhadores');
    assert.equal(f.entries[0]!.language, 'pt');
    assert.equal(f.entries[1]!.published, '2026-03-06T00:00:00.000Z');
  });

  it('drops duplicate GUIDs and duplicate links, keeping the first', () => {
    const f = parseFeedText(fixture('duplicate-guids.xml'), 'https://dupes.example/rss');
    assert.deepEqual(
      f.entries.map((e) => e.title),
      ['First', 'Fourth'],
    );
    assert.equal(f.dropped, 2);
  });

  it('refuses malformed XML, entity declarations and empty bodies with a clear error', () => {
    for (const [name, why] of [
      ['malformed.xml', /not a valid RSS, Atom, RDF or JSON feed/],
      ['billion-laughs.xml', /entity/],
    ] as const) {
      assert.throws(
        () => parseFeedText(fixture(name), `https://x.example/${name}`),
        (e: FetchError) => e instanceof FetchError && e.code === 'parse' && why.test(e.message),
      );
    }
    assert.throws(() => parseFeedText('  ', 'https://x.example/'), /empty document/);
    assert.throws(
      () =>
        parseFeedText(
          '<sitemapindex><sitemap><loc>https://x.example/news.xml</loc></sitemap></sitemapindex>',
          'https://x.example/',
        ),
      /sitemap index.*https:\/\/x\.example\/news\.xml/,
    );
    assert.throws(() => parseFeedText('{"version": 1', 'https://x.example/'), /not valid JSON/);
    assert.throws(() => parseFeedText('<html><body>hi</body></html>', 'https://x.example/'), /not a valid/);
  });

  it('parses a 50,000-item feed', () => {
    const items = Array.from(
      { length: 50_000 },
      (_, i) => `<item><title>T${i}</title><link>https://big.example/${i}</link></item>`,
    );
    const f = parseFeedText(
      `<rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`,
      'https://big.example/',
    );
    assert.equal(f.entries.length, 50_000);
  });
});

describe('OPML', () => {
  it('imports outlines with hints, flattening folders', () => {
    const s = opmlToSources(fixture('sources.opml'), 'sources.opml');
    assert.equal(s.length, 3);
    assert.deepEqual(s[0], {
      url: 'https://herald.example/rss.xml',
      kind: 'auto',
      name: 'Example Coast Herald',
      creditName: 'Coast Herald',
      language: 'en',
      country: 'GH',
    });
    assert.equal(s[2]!.kind, 'sitemap');
  });

  it('exports what it imports', () => {
    const imported = opmlToSources(fixture('sources.opml'), 'x');
    const sources = imported.map((n, i) => ({ ...n, id: i + 1 }) as unknown as Source);
    const again = opmlToSources(sourcesToOpml(sources), 'export');
    assert.deepEqual(again, imported);
  });

  it('rejects a broken document with the file name', () => {
    assert.throws(() => opmlToSources('<opml><body><outline', 'broken.opml'), /broken\.opml: not a valid OPML/);
  });
});
