// One decoder end to end: the same bytes, served to the monitor by a loopback server and given to `lantern extract`
// as a file with the same Content-Type, give the same article text (issue 15). (The monitor titles an article from
// its feed entry, so only the text is compared.)
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { canonicalUrl } from '../../src/dedup/canonical.ts';
import { pollSource } from '../../src/pipeline/poll.ts';
import { runCli } from '../helpers/cli.ts';
import { reply } from '../helpers/http-server.ts';
import { articlePage, incident, rss, type World, world } from './world.ts';

const PLACE = { city: 'São Tomé', country: 'Nigeria', n: 9, suspect: 'Zoë Brünner', second: 'Léa Dœuf', day: 'Friday' };
const OTHER = { city: 'Gdańsk', country: 'Poland', n: 14, suspect: 'Øyvind Åker', second: 'Ines Groß', day: 'Monday' };
const THIRD = { city: 'Kazan', country: 'Russia', n: 7, suspect: 'Ivan Sokol', second: 'Olga Rybak', day: 'Sunday' };
const QUOTE = '“Déjà vu,” said the inspector — the fine was 12 € per worker — “in Curaçao and Zürich.”';

/** Bytes on which decoders once disagreed: [route, bytes, Content-Type header, words the text must show]. */
const PAGES: [string, Buffer, string, RegExp][] = [
  [
    '/a/cp1252-labelled-latin1',
    iconv.encode(articlePage('Nine rescued in São Tomé', [...incident(PLACE), QUOTE]), 'windows-1252'),
    'text/html; charset=ISO-8859-1',
    /“Déjà vu,” said the inspector — the fine was 12 € per worker/,
  ],
  [
    '/a/utf8-meta-latin1',
    Buffer.from(articlePage('Fourteen rescued in Gdańsk', incident(OTHER), { charset: 'iso-8859-1' })),
    'text/html',
    /Øyvind Åker and Ines Groß were charged/,
  ],
  [
    '/a/cyrillic-header-only',
    iconv.encode(
      articlePage('Полиция освободила девять женщин', [
        ...incident(THIRD),
        'Полиция освободила девять женщин, которых принуждали работать в ночном клубе, сообщили следователи.',
      ]),
      'windows-1251',
    ),
    'text/html; charset=windows-1251',
    /Полиция освободила девять женщин, которых принуждали/,
  ],
];

describe('the CLI and the monitor decode the same bytes alike', () => {
  let w: World;
  const dir = mkdtempSync(join(tmpdir(), 'lantern-charset-'));
  before(async () => {
    w = await world();
  });
  after(async () => {
    await w.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the same text as `lantern extract --content-type` prints', async () => {
    const o = w.server.origin;
    for (const [route, bytes, type] of PAGES) w.server.route(route, reply(200, bytes, { 'content-type': type }));
    const items = PAGES.map(([route], i) => ({ title: `page ${i}`, link: `${o}${route}`, guid: route }));
    w.server.route('/feed.xml', reply(200, rss('Herald', items), { 'content-type': 'application/rss+xml' }));
    const source = await w.store.sources.add({
      url: `${o}/feed.xml`,
      name: 'Herald',
      nextFetchAt: '2000-01-01T00:00:00Z',
    });
    const polled = await pollSource(w.ctx, source);
    assert.equal(polled.added, PAGES.length, polled.error ?? '');
    for (const [route, bytes, type, words] of PAGES) {
      const file = join(dir, `${route.slice(3)}.html`);
      writeFileSync(file, bytes);
      const cli = await runCli(['extract', file, '--content-type', type, '--url', `${o}${route}`, '--compact']);
      assert.equal(cli.code, 0, cli.stderr);
      const printed = JSON.parse(cli.stdout) as { text: string };
      const stored = await w.store.articles.byUrl(canonicalUrl(`${o}${route}`)!);
      assert.ok(stored, `${route} stored`);
      assert.equal(stored.text, printed.text, route);
      assert.match(printed.text, words, route);
      assert.doesNotMatch(printed.text, /\ufffd|Ã|â€/, route);
    }
  });
});
