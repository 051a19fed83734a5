import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalUrl, sameArticleUrl } from '../../../src/dedup/canonical.ts';

describe('canonicalUrl', () => {
  it('folds tracking parameters, AMP, mobile hosts, fragments and trailing slashes into one URL', () => {
    const canonical = 'https://news.example/world/2026/raid-frees-workers';
    for (const variant of [
      'https://news.example/world/2026/raid-frees-workers',
      'http://news.example/world/2026/raid-frees-workers/',
      'https://www.news.example/world/2026/raid-frees-workers?utm_source=rss&utm_medium=feed',
      'https://m.news.example/world/2026/raid-frees-workers#comments',
      'https://news.example/world/2026/raid-frees-workers/amp',
      'https://amp.news.example/world/2026/raid-frees-workers?amp=1',
      'https://news.example/amp/world/2026/raid-frees-workers',
      'https://NEWS.example:443/world/2026/raid-frees-workers?fbclid=abc&gclid=x',
      'https://mobile.news.example/world/2026/raid-frees-workers?ocid=rss&xtor=RSS-1',
    ]) {
      assert.equal(canonicalUrl(variant), canonical, variant);
    }
  });

  it('keeps parameters that identify the article, sorted', () => {
    assert.equal(
      canonicalUrl('https://x.example/story.php?p=2&id=7&utm_campaign=z'),
      'https://x.example/story.php?id=7&p=2',
    );
    assert.equal(canonicalUrl('https://x.example/a.amp.html'), 'https://x.example/a.html');
    assert.equal(sameArticleUrl('https://x.example/a?id=1', 'https://x.example/a?id=2'), false);
  });

  it('rejects what is not an http(s) URL', () => {
    assert.equal(canonicalUrl('mailto:a@b.c'), null);
    assert.equal(canonicalUrl('not a url'), null);
  });
});
