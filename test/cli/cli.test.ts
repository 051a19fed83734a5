import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runCli } from '../helpers/cli.ts';

describe('bin/lantern', () => {
  it('prints its version', async () => {
    const r = await runCli(['--version']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^lantern \d+\.\d+\.\d+/);
  });

  it('lists commands in --help and has help for each', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    const names = [...r.stdout.matchAll(/^ {2}([a-z-]+) {2}/gm)].map((m) => m[1]!);
    assert.ok(names.includes('analyze'));
    for (const name of names) {
      const h = await runCli([name, '--help']);
      assert.equal(h.code, 0, `${name} --help`);
      assert.match(h.stdout, /Usage: lantern/, `${name} --help`);
    }
  });

  it('fails with exit 1 and a one-line message on an unknown command or option', async () => {
    const a = await runCli(['frobnicate']);
    assert.equal(a.code, 1);
    assert.match(a.stderr, /unknown command "frobnicate"/);
    const b = await runCli(['analyze', '--nope']);
    assert.equal(b.code, 1);
    assert.match(b.stderr, /--nope/);
  });

  it('analyzes the bundled sample article', async () => {
    const r = await runCli(['analyze', 'data/samples/sample-article.txt']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.relevant, true);
    assert.ok(a.types.includes('labour'));
    assert.equal(a.victims, 14);
  });

  it('says which file is missing', async () => {
    const r = await runCli(['analyze', 'no/such/file.txt']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no\/such\/file\.txt: cannot read \(ENOENT\)/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  it('rejects empty input', async () => {
    const r = await runCli(['analyze', '-'], '   \n');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /empty input/);
  });

  it('reads HTML and takes the title from og:title', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Site | x</title><meta property="og:title" content="Girls rescued from brothel in Manila"></head><body><article>${'<p>Police rescued nine girls, aged 14 to 17, from a brothel in Manila where they had been sexually exploited. Two suspects were arrested and charged with human trafficking.</p>'.repeat(3)}</article></body></html>`;
    const r = await runCli(['analyze', '-'], html);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.equal(a.relevant, true);
    assert.ok(a.types.includes('sexual'));
  });

  it('keeps one output line per input line, in order, with errors for bad lines', async () => {
    const lines = [
      JSON.stringify({ id: 'a', title: 'Drug haul', text: 'Police seized cocaine in a drug trafficking raid.' }),
      '{not json',
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({
        id: 'd',
        title: 'Forced labour',
        text: 'Thirty workers were forced to work without pay; a human trafficking case.',
      }),
    ];
    const r = await runCli(['analyze', '--jsonl'], `${lines.join('\n')}\n`);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.equal(out.length, 4);
    assert.equal(out[0].id, 'a');
    assert.equal(out[0].relevant, false);
    assert.equal(out[1].id, null);
    assert.match(out[1].error, /line 2: not valid JSON/);
    assert.equal(out[2].id, 'c');
    assert.match(out[2].error, /"text" or "html"/);
    assert.equal(out[3].id, 'd');
    assert.equal(out[3].relevant, true);
  });

  it('decodes an HTML file by its meta charset (windows-1252)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-cli-'));
    const file = join(dir, 'page.html');
    const html = `<!doctype html><html><head><meta charset="windows-1252"><title>Caf\u00e9 owner charged</title></head><body><article><p>${'Police charged the caf\u00e9 owner with forced labour after seven workers were forced to work without pay. '.repeat(4)}</p></article></body></html>`;
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const r = await runCli(['analyze', file]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assert.ok(a.evidence.some((e: { quote: string }) => e.quote.includes('forced')));
    assert.ok(!r.stdout.includes('\ufffd'), 'no replacement characters');
  });
});
