// Hostile input against the command line: devices, pipes and lines without end, folders, terminal escapes,
// backups over the live database. Memory and CPU of a hostile run are bounded relative to a normal run.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { MAX_LINE_BYTES } from '../../src/lib/jsonl.ts';
import { openStore } from '../../src/store/open.ts';
import { runCli } from '../helpers/cli.ts';
import { type MeasuredRun, measureCli } from '../helpers/measure.ts';
import { articlePage, incident } from '../pipeline/world.ts';
import { endless, longLine, TERMINAL_ESCAPE } from './generators.ts';

/** Extra memory a hostile run may take over the normal run of the same command (MB). */
const SLACK_MB = 96;
const PAGE = articlePage(
  'Twelve women rescued',
  incident({ city: 'Lagos', country: 'Nigeria', n: 12, suspect: 'A B', second: 'C D', day: 'Monday' }),
);

let dir: string;
let page: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantern-hostile-cli-'));
  page = join(dir, 'page.html');
  writeFileSync(page, PAGE);
  mkdirSync(join(dir, 'folder'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function bounded(hostile: MeasuredRun, normal: MeasuredRun, what: string, slackMb = SLACK_MB): void {
  assert.ok(normal.maxRssMb > 0 && hostile.maxRssMb > 0, 'usage measured');
  assert.ok(
    hostile.maxRssMb <= normal.maxRssMb + slackMb,
    `${what}: ${hostile.maxRssMb.toFixed(0)} MB against ${normal.maxRssMb.toFixed(0)} MB for a normal run`,
  );
  assert.ok(hostile.cpuMs <= normal.cpuMs * 3 + 500, `${what}: ${hostile.cpuMs} ms CPU against ${normal.cpuMs} ms`);
}

describe('hostile input on the command line', () => {
  for (const command of ['extract', 'analyze']) {
    it(`${command}: /dev/zero and an endless pipe stop at the size cap`, async () => {
      const normal = await measureCli([command, page]);
      assert.equal(normal.code, 0, normal.stderr);
      const zero = await measureCli([command, '/dev/zero']);
      assert.equal(zero.code, 1);
      assert.match(zero.stderr, /\/dev\/zero: larger than \d+ bytes/);
      bounded(zero, normal, `${command} /dev/zero`);
      const pipe = await measureCli([command, '-'], endless());
      assert.equal(pipe.code, 1);
      assert.match(pipe.stderr, /standard input: larger than \d+ bytes/);
      bounded(pipe, normal, `${command} endless stdin`);
    });
  }

  it('a JSONL line over the cap is skipped as it streams past, and the next line is read', async () => {
    const good = JSON.stringify({ id: 'next', html: PAGE });
    const normal = await measureCli(['extract', '--jsonl'], `${good}\n`);
    assert.equal(normal.code, 0, normal.stderr);
    const hostile = await measureCli(['extract', '--jsonl'], longLine(200 * 1024 * 1024, `\n${good}\n`, 'a'));
    assert.equal(hostile.code, 0, hostile.stderr);
    const lines = hostile.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.match(lines[0].error, /line 1: longer than \d+ bytes/);
    assert.equal(lines[1].id, 'next');
    assert.ok(lines[1].text, 'the next line is extracted');
    // A line is buffered up to the cap and no further, whatever its length: the bound is the cap plus slack.
    bounded(hostile, normal, 'a 200 MB JSONL line', MAX_LINE_BYTES / 2 ** 20 + SLACK_MB);
  });

  it('a folder where a file is expected is a clear error, not a stack trace', async () => {
    const folder = join(dir, 'folder');
    for (const args of [
      ['extract', folder],
      ['analyze', folder],
      ['extract', '--jsonl', folder],
      ['sources', 'import', folder],
      ['restore', folder],
      ['backup', folder],
    ]) {
      const r = await runCli(args, '', { LANTERN_DATA_DIR: join(dir, 'store-folder'), LANTERN_DATABASE_URL: '' });
      assert.equal(r.code, 1, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /folder/, args.join(' '));
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('terminal escapes from feeds and names never reach the terminal', async () => {
    const env = { LANTERN_DATA_DIR: join(dir, 'escapes'), LANTERN_DATABASE_URL: '' };
    const add = await runCli(
      ['sources', 'add', 'https://feed.example/rss', '--name', `Evil${TERMINAL_ESCAPE}`],
      '',
      env,
    );
    assert.equal(add.code, 0, add.stderr);
    // A row written before names were cleaned, with an error message that carries escapes.
    const store = await openStore({ dataDir: env.LANTERN_DATA_DIR, databaseUrl: '' });
    try {
      const [s] = await store.sources.list();
      await store.sources.update(s!.id, {
        name: `Old${TERMINAL_ESCAPE}`,
        lastError: `boom${TERMINAL_ESCAPE}\r\nfake line`,
        errorCount: 1,
      });
    } finally {
      await store.close();
    }
    const list = await runCli(['sources', 'list'], '', env);
    assert.equal(list.code, 0, list.stderr);
    assert.doesNotMatch(list.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    assert.match(list.stdout, /last error: boom\[31m\]0;owned fake line/);
  });

  it('an OPML file with one bad outline saves none of them', async () => {
    const env = { LANTERN_DATA_DIR: join(dir, 'opml'), LANTERN_DATABASE_URL: '' };
    const outline = (url: string, extra = '') => `<outline text="x" type="rss" xmlUrl="${url}"${extra}/>`;
    const opml = (body: string) =>
      `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>${body}</body></opml>`;
    const file = join(dir, 'feeds.opml');
    writeFileSync(
      file,
      opml(
        outline('https://a.example/rss') +
          outline('https://b.example/rss') +
          outline('https://c.example/rss', ' language="not a language"'),
      ),
    );
    const r = await runCli(['sources', 'import', file], '', env);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /outline 3: language/);
    assert.match((await runCli(['sources', 'list'], '', env)).stdout, /no sources/, 'nothing saved');
    writeFileSync(file, opml(outline('https://a.example/rss') + outline('https://b.example/rss')));
    assert.equal((await runCli(['sources', 'import', file], '', env)).code, 0);
  });

  it('backup never overwrites the live database, and other files only with --force', async () => {
    const data = join(dir, 'live');
    const env = { LANTERN_DATA_DIR: data, LANTERN_DATABASE_URL: '' };
    assert.equal((await runCli(['sources', 'add', 'https://feed.example/a'], '', env)).code, 0);
    for (const live of ['lantern.db', 'lantern.db-wal']) {
      const r = await runCli(['backup', join(data, live), '--force'], '', env);
      assert.equal(r.code, 1, r.stderr);
      assert.match(r.stderr, /is the live database/);
    }
    assert.match((await runCli(['sources', 'list'], '', env)).stdout, /feed\.example\/a/, 'the store still opens');
    const file = join(dir, 'b.jsonl.gz');
    assert.equal((await runCli(['backup', file], '', env)).code, 0);
    const again = await runCli(['backup', file], '', env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists \(use --force/);
    assert.equal((await runCli(['backup', file, '--force'], '', env)).code, 0);
  });
});
