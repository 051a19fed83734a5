// `lantern extract`: one page from a file (bytes decoded by charset) and JSONL batches.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'lantern-extract-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const article = (extra = '') =>
  `<html lang="de"><head><meta charset="windows-1252"><title>Größe</title></head><body><article>
  <p>Die Polizei hat in einer großen Razzia zwölf Arbeiter befreit, die unter schlimmen Bedingungen leben mussten.${extra}</p>
  <p>Die Ermittlungen gegen die mutmaßlichen Täter dauern an, teilte die Staatsanwaltschaft am Freitag mit.</p>
  </article></body></html>`;

describe('lantern extract', () => {
  it('decodes a windows-1252 file and prints the article', async () => {
    const file = join(dir, 'page.html');
    writeFileSync(file, iconv.encode(article(), 'windows-1252'));
    const r = await runCli(['extract', file, '--url', 'https://example.de/2024/01/02/razzia']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.title, 'Größe');
    assert.match(out.text, /großen Razzia zwölf Arbeiter/);
    assert.match(out.text, /Bedingungen leben mussten\.\n\nDie Ermittlungen/);
    assert.equal(out.language, 'de');
    assert.equal(out.published, '2024-01-02');
    assert.equal(out.extractor, 'score');
  });
  it('refuses a file over the size cap with a clear message', async () => {
    const file = join(dir, 'huge.html');
    writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x61));
    const r = await runCli(['extract', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /huge\.html: larger than \d+ bytes/);
  });
  it('exits 1 with a clear message when there is no article', async () => {
    const r = await runCli(['extract', '-'], '<html><body><script>app()</script></body></html>');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /standard input: no article found/);
  });
  it('runs a JSONL batch in order, with error lines for bad rows', async () => {
    const lines = [
      JSON.stringify({ id: 'a', url: 'https://x.example/a', html: article() }),
      'not json',
      JSON.stringify({ id: 'b' }),
      JSON.stringify({ id: 'c', html: '' }),
      JSON.stringify({ id: 7, html: article(' Noch ein Satz.') }),
    ].join('\n');
    const r = await runCli(['extract', '--jsonl'], `${lines}\n`);
    assert.equal(r.code, 0, r.stderr);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(rows.length, 5);
    assert.equal(rows[0].id, 'a');
    assert.match(rows[0].text, /Razzia/);
    for (const k of ['title', 'text', 'byline', 'published', 'language', 'canonicalUrl', 'extractor'])
      assert.ok(k in rows[0], k);
    assert.match(rows[1].error, /line 2: not valid JSON/);
    assert.match(rows[2].error, /expected "html"/);
    assert.match(rows[3].error, /no article found: empty/);
    assert.equal(rows[4].id, 7);
    assert.match(rows[4].text, /Noch ein Satz/);
  });
});
