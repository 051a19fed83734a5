// Hostile backups on SQLite and PostgreSQL: a cut, damaged, shortened or edited file restores nothing, leaves the
// store empty, and the restore of the good file then simply works.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Store } from '../../src/store/store.ts';
import { bothStores } from '../helpers/stores.ts';
import { rejectsInput } from '../store/conformance.ts';
import { analysis, article } from '../store/fixtures.ts';

/** Ways to spoil a good backup, each named for the audit finding it reproduces. */
const SPOILERS: [name: string, spoil: (gz: Buffer) => Buffer | null, message: RegExp][] = [
  ['cut in the middle of the gzip stream', (gz) => gz.subarray(0, Math.floor(gz.length * 0.6)), /damaged or cut/],
  ['bytes flipped in the middle', (gz) => flip(gz), /damaged or cut|not a Lantern backup|checksum/],
  [
    'cut at a line boundary (gzip intact)',
    (gz) => relines(gz, (l) => l.slice(0, Math.floor(l.length / 2))),
    /end marker/,
  ],
  [
    'a row dropped, trailer kept',
    (gz) => relines(gz, (l) => [...l.slice(0, 5), ...l.slice(6)]),
    /rows read, the end marker says/,
  ],
  [
    'a row edited, trailer kept',
    (gz) => relines(gz, (l) => l.map((x) => x.replace('Article', 'Arti cle'))),
    /checksum/,
  ],
  [
    'a column renamed, trailer kept (as flipped bytes can leave valid JSON)',
    (gz) => relines(gz, (l) => l.map((x, i) => (i === 3 ? x.replace('"url":', '"u-rl":') : x))),
    /damaged or cut backup \(bad column "u-rl"\)/,
  ],
  ['lines after the end marker', (gz) => relines(gz, (l) => [...l, l[1]!]), /after the end marker/],
  ['an empty file', () => Buffer.alloc(0), /empty file/],
  ['a folder', () => null, /is a folder/],
];

for (const [name, open, skip] of bothStores()) {
  describe(`hostile backups, ${name} store`, { skip }, () => {
    let dir: string;
    let good: string;
    let rows: number;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'lantern-hostile-backup-'));
      const source = await open();
      try {
        await source.sources.add({ url: 'https://feed.example/rss' });
        // More rows than one insert batch, so a half-done restore would have left rows behind.
        const ids = await source.articles.addMany(
          Array.from({ length: 2500 }, () => article({ analysis: analysis() })),
        );
        for (const id of ids.slice(0, 300)) await source.articles.addLshKeys(id, [`k${id % 7}`, `j${id}`]);
        good = join(dir, 'good.jsonl.gz');
        await source.meta.backup(good);
        rows = 1 + 2500 + 600;
      } finally {
        await source.close();
      }
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    for (const [what, spoil, message] of SPOILERS) {
      it(`refuses ${what}, restores nothing, then restores the good file`, async () => {
        const bad = join(dir, `bad-${what.replace(/\W+/g, '-')}`);
        const spoiled = spoil(readFileSync(good));
        if (spoiled) writeFileSync(bad, spoiled);
        else mkdirSync(bad, { recursive: true });
        const target = await open();
        try {
          await rejectsInput(target.meta.restore(bad), message);
          await assertEmpty(target);
          const r = await target.meta.restore(good);
          assert.ok(r.rows >= rows, `${r.rows} rows`);
          assert.equal(await target.articles.count(), 2500);
          assert.equal((await target.search.run({ q: 'farm', limit: 1 })).total > 0, true, 'search index rebuilt');
        } finally {
          await target.close();
        }
      });
    }
  });
}

async function assertEmpty(s: Store): Promise<void> {
  assert.equal(await s.articles.count(), 0, 'no articles left behind');
  assert.equal((await s.sources.list()).length, 0, 'no sources left behind');
  assert.deepEqual(await s.articles.lshCandidates(['k1', 'k2'], 10), [], 'no LSH keys left behind');
}

function flip(gz: Buffer): Buffer {
  const out = Buffer.from(gz);
  for (let i = Math.floor(out.length / 2); i < Math.floor(out.length / 2) + 64; i++) out[i] = out[i]! ^ 0xa5;
  return out;
}

function relines(gz: Buffer, edit: (lines: string[]) => string[]): Buffer {
  const lines = gunzipSync(gz).toString('utf8').trimEnd().split('\n');
  return gzipSync(`${edit(lines).join('\n')}\n`);
}
