// Bad input never crashes: empty, binary, truncated, huge, deeply nested pages.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractArticle, extractPage, MAX_HTML_CHARS } from '../../../src/extract/extract.ts';
import { LanternError } from '../../../src/lib/errors.ts';
import * as hostile from '../../fixtures/extract/hostile.ts';

const para = (n: number) =>
  `<p>Paragraph ${n} of a long enough article about the work of an anti-trafficking charity in the city.</p>`;

describe('extract limits', () => {
  it('says "no article found" for empty and whitespace pages', () => {
    assert.match(extractPage('').reason ?? '', /no article found: empty/);
    assert.match(extractPage(' \n\t ').reason ?? '', /no article found: empty/);
  });
  it('says "no article found" for binary data', () => {
    const binary = String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256));
    assert.match(extractPage(binary).reason ?? '', /binary/);
  });
  it('extracts what it can from a truncated page', () => {
    const html = `<html><body><article>${para(1)}${para(2)}${para(3)}<p>And the last one is cut off in the mid`;
    const a = extractArticle(html);
    assert.ok(a);
    assert.match(a.text, /Paragraph 3/);
  });
  it('refuses pages over the size cap (a 20 MB page) with a clear input error', () => {
    const huge = `<html><body>${'<p>x</p>'.repeat((20 * 1024 * 1024) / 8)}</body></html>`;
    assert.ok(huge.length > MAX_HTML_CHARS);
    assert.throws(
      () => extractPage(huge),
      (err) => err instanceof LanternError && err.kind === 'input' && /page too large/.test(err.message),
    );
  });
  it('survives 10,000-deep nesting', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}${para(1)}${para(2)}${para(3)}${'</div>'.repeat(depth)}</body></html>`;
    const outcome = extractPage(html);
    assert.ok(outcome.article ? /Paragraph 2/.test(outcome.article.text) : /no article/.test(outcome.reason));
  });
  it('reads a fragment without <html> or <body>', () => {
    const a = extractArticle(`${para(1)}${para(2)}${para(3)}`);
    assert.equal(a?.extractor, 'score');
    assert.match(a?.text ?? '', /Paragraph 1 .*\n\nParagraph 2/);
  });
  it('survives unclosed tags and stray markup', () => {
    const html = `<html><body><div><p>${'<b><i>'.repeat(2000)}text ${para(1)}${para(2)}<table><td>${para(3)}`;
    const outcome = extractPage(html);
    assert.ok(outcome.article || outcome.reason);
  });
  it('refuses a flat flood of 580,000 links (4.6 MB) as too complex, with a clear input error', () => {
    assert.throws(
      () => extractPage(hostile.flatLinks(580_000)),
      (err) =>
        err instanceof LanternError &&
        err.kind === 'input' &&
        /page too complex: .* \(limit 60,000\)/.test(err.message),
    );
  });
  it('refuses 80,000 and 160,000 unclosed <div><span><b> (1.1 and 2.2 MB) as too complex', () => {
    assert.throws(() => extractPage(hostile.unclosedNest(80_000)), /page too complex: 240,003 elements/);
    assert.throws(() => extractPage(hostile.unclosedNest(160_000)), /page too complex: 480,003 elements/);
  });
  it('refuses deep unclosed tables, lists and inline tags of 2 MB as too complex, in linear time', () => {
    for (const make of [hostile.deepTables, hostile.deepLists, hostile.deepInline]) {
      const n = Math.ceil(2e6 / (make(2).length - make(1).length));
      assert.throws(() => extractPage(make(n)), /page too complex: [\d,]+ elements \(limit 60,000\)/, make.name);
    }
  });
  it('reads the article in front of deep unclosed nesting (flattened past the depth limit)', () => {
    for (const make of [hostile.unclosedNest, hostile.deepTables, hostile.deepLists, hostile.deepInline]) {
      const outcome = extractPage(make(3_000));
      assert.match(outcome.article?.text ?? outcome.reason ?? '', /shelter in the harbour town|no article/);
    }
  });
  it('costs about as much per byte on hostile pages as on a normal page of the same size', () => {
    const normal = hostile.normalPage(2_500);
    const makers = [hostile.linkWrapped, hostile.deepLists, hostile.flatLinks, hostile.unclosedNest];
    for (const make of [...makers, hostile.deepTables, hostile.deepInline]) {
      const perUnit = (make(2_000).length - make(1_000).length) / 1_000;
      const page = make(Math.ceil(normal.length / perUnit));
      // Generous: the quadratic paths this guards against cost hundreds of times more.
      const ratio = costRatio(
        () => attempt(page),
        () => extractPage(normal),
      );
      assert.ok(ratio < 50, `${make.name}: ${ratio.toFixed(1)}× a normal page`);
    }
  });
  it('costs about four times as much when a page of many sibling blocks grows fourfold (no quadratic step)', () => {
    for (const [make, n] of [
      [hostile.linkWrapped, 10_000],
      [hostile.flatLinks, 14_000],
    ] as const) {
      const small = make(n);
      const big = make(4 * n);
      const ratio = costRatio(
        () => attempt(big),
        () => attempt(small),
      );
      // Linear work gives about 4; a quadratic step gives 16 or more. The margin absorbs a busy, shared machine and
      // the larger page's garbage collection (8.1 was seen on a linear run).
      assert.ok(ratio < 11, `${make.name}: four times the page cost ${ratio.toFixed(1)}× as much`);
    }
  });
});

/** Extracts a page, or gives the error that refused it (a refusal is a fine outcome here, only its cost counts). */
function attempt(html: string): unknown {
  try {
    return extractPage(html);
  } catch (err) {
    return err;
  }
}

/** How many times b's cost a costs: the fastest of five runs each, a and b alternating, so that other work on a
 * shared machine weighs on both sides alike (the fastest run is the least disturbed one). */
function costRatio(a: () => unknown, b: () => unknown): number {
  let bestA = Number.POSITIVE_INFINITY;
  let bestB = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    bestA = Math.min(bestA, timed(a));
    bestB = Math.min(bestB, timed(b));
  }
  return bestA / bestB;
}

function timed(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
