// Fault suite, misbehaving sources: feeds and pages that hang, reset the connection, or answer 500 for a while and
// then recover. Passes run in claim mode (as a worker does) on a fake clock; each failure lands on its source's row,
// the pass goes on, and later passes pick everything up by themselves: every page stored once, no more requests
// than the faults and their back-offs explain.
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { canonicalUrl } from '../../src/dedup/canonical.ts';
import { runPass } from '../../src/jobs/run-once.ts';
import { articlePage, incident, rss, type World, world } from '../pipeline/world.ts';

type Fault = 'hang' | 'reset' | '500';
const FAULTS: Fault[] = ['hang', 'reset', '500'];
/** Requests each faulty path spoils before it recovers. */
const SPOILED: Record<Fault, number> = { hang: 1, reset: 2, '500': 3 };
const WHY: Record<Fault, RegExp> = {
  hang: /no complete answer within 800 ms/,
  reset: /ECONNRESET|socket hang up/,
  '500': /HTTP 500/,
};
const CITIES = ['Lagos', 'Accra', 'Dakar', 'Nairobi', 'Kampala', 'Lusaka', 'Harare', 'Maputo'];
/** Passes allowed to recover: a page that keeps failing waits for its feed's next regular poll (hours later). */
const MAX_PASSES = 60;

describe('faults: sources that hang, reset or fail, then recover', () => {
  let w: World;
  const start = Date.parse('2026-03-10T00:00:00.000Z');
  let clock = start;
  const hits = new Map<string, number>();
  const feeds = new Map<string, string>();
  const pages: string[] = [];
  const pageFault = new Map<string, Fault | null>();

  before(async () => {
    w = await world({ LANTERN_FETCH_TIMEOUT_MS: '800', LANTERN_FETCH_CONNECT_TIMEOUT_MS: '800' });
    w.ctx.now = () => new Date(clock);
    const route = (path: string, fault: Fault | null, type: string, body: () => string) =>
      w.server.route(path, (req, res) => {
        const n = (hits.get(path) ?? 0) + 1;
        hits.set(path, n);
        if (fault && n <= SPOILED[fault]) return spoil(fault, req, res);
        res.writeHead(200, { 'content-type': type }).end(body());
      });
    // Three feeds spoil themselves (one clean page each); the fourth is fine but three of its pages misbehave.
    for (const feed of [...FAULTS, 'ok'] as const) {
      const items: Parameters<typeof rss>[1] = [];
      for (const fault of feed === 'ok' ? [null, ...FAULTS] : [null]) {
        const n = pages.length;
        const path = `/${feed}/story-${n}`;
        const title = `${20 + n} people rescued in ${CITIES[n]} (case ${n})`;
        const html = articlePage(title, [`Case number ${n} of the week.`, ...report(n)]);
        route(path, fault, 'text/html; charset=utf-8', () => html);
        items.push({ title, link: `${w.server.origin}${path}`, guid: path, date: `2026-03-0${1 + n}T08:00:00Z` });
        pages.push(`${w.server.origin}${path}`);
        pageFault.set(path, fault);
      }
      route(`/${feed}.xml`, feed === 'ok' ? null : feed, 'application/rss+xml', () => rss(feed, items));
      feeds.set(feed, `${w.server.origin}/${feed}.xml`);
    }
    await w.store.sources.addMany([...feeds.values()].map((url) => ({ url, nextFetchAt: '2000-01-01T00:00:00.000Z' })));
  });
  after(() => w?.close());

  it('records every failure on its source, then recovers without help: each page stored once', async () => {
    const first = await runPass(w.ctx);
    assert.equal(first.sources, 4, 'every source polled in the first pass');
    const rows = new Map((await w.store.sources.list()).map((s) => [s.url, s]));
    for (const f of FAULTS) {
      const row = rows.get(feeds.get(f)!)!;
      assert.match(row.lastError ?? '', WHY[f], `${f} feed: its failure on its row`);
      assert.equal(row.errorCount, 1, `${f} feed: one failure counted`);
    }
    const ok = rows.get(feeds.get('ok')!)!;
    assert.match(ok.lastError ?? '', /^3 of 4 entries failed/, 'page failures on the row of the feed that listed them');
    assert.equal(ok.errorCount, 0, 'the feed itself answered');
    assert.equal(await w.store.articles.count(), 1, 'only the clean page of the feed that answered is stored yet');

    let passes = 1;
    while (passes < MAX_PASSES && !(await settled(w, pages.length))) {
      // The next pass runs when the first source is due again: nobody resets anything.
      clock = Math.min(...(await w.store.sources.list()).map((s) => Date.parse(s.nextFetchAt))) + 1000;
      await runPass(w.ctx);
      passes++;
    }
    const hours = (clock - start) / 3600_000;
    assert.ok(await settled(w, pages.length), `settled within ${MAX_PASSES} passes (took ${passes}, ${hours} h)`);
    console.log(`recovered after ${passes} passes, ${hours.toFixed(1)} hours of (fake) time`);
    for (const u of pages) assert.ok(await w.store.articles.byUrl(canonicalUrl(u)!), `${u} stored`);
    // A page is fetched again only while it fails: a spoiled request may go twice (a reset on a kept-alive socket
    // is retried once on a fresh one), and once stored a page is never fetched again.
    for (const u of pages) {
      const path = new URL(u).pathname;
      const fault = pageFault.get(path);
      const most = fault ? 2 * SPOILED[fault] + 1 : 1;
      assert.ok(hits.get(path)! <= most, `${path}: ${hits.get(path)} requests, at most ${most}`);
    }
  });
});

function spoil(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  if (fault === '500') return void res.writeHead(500, { 'content-type': 'text/plain' }).end('busy');
  if (fault === 'reset') return void req.socket.resetAndDestroy();
  // hang: answer nothing; the fetcher's deadline ends the request (the server drops the socket at close).
}

function report(n: number): string[] {
  const city = CITIES[n]!;
  return incident({
    city,
    country: 'Nigeria',
    n: 20 + n,
    suspect: `Suspect ${n}A`,
    second: `Suspect ${n}B`,
    day: `March ${1 + n}`,
  });
}

/** Every source healthy again and every page stored. */
async function settled(w: World, pages: number): Promise<boolean> {
  const sources = await w.store.sources.list();
  const healthy = sources.every((s) => s.errorCount === 0 && s.lastError === null);
  return healthy && (await w.store.articles.count()) === pages;
}
