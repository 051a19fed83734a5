// Golden files: synthetic pages under test/fixtures/extract, each with must-contain / must-not-contain snippets.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { extractPage } from '../../../src/extract/extract.ts';
import { ROOT } from '../../../src/lib/paths.ts';

interface Golden {
  pattern: string;
  url?: string;
  mustContain?: string[];
  mustNotContain?: string[];
  expect?: Record<string, string | null>;
  noArticle?: string;
}

const dir = join(ROOT, 'test', 'fixtures', 'extract');
const names = readdirSync(dir).filter((f) => f.endsWith('.html'));

describe('extract golden files', () => {
  for (const name of names) {
    const golden = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/, '.json')), 'utf8')) as Golden;
    it(`${name}: ${golden.pattern}`, () => {
      const html = readFileSync(join(dir, name), 'utf8');
      const outcome = extractPage(html, golden.url ?? '');
      if (golden.noArticle) {
        assert.equal(outcome.article, null);
        assert.match(outcome.reason ?? '', new RegExp(golden.noArticle));
        return;
      }
      const article = outcome.article;
      assert.ok(article, `no article: ${outcome.reason}`);
      for (const s of golden.mustContain ?? [])
        assert.ok(article.text.includes(s), `missing "${s}" in:\n${article.text}`);
      for (const s of golden.mustNotContain ?? [])
        assert.ok(!article.text.includes(s), `unwanted "${s}" in:\n${article.text}`);
      for (const [k, v] of Object.entries(golden.expect ?? {}))
        assert.equal((article as unknown as Record<string, unknown>)[k], v, k);
      assert.match(article.text, /\S\n\n\S/, 'paragraphs are separated by a blank line');
    });
  }
});
