// Metadata from JSON-LD, OpenGraph and meta tags.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePage } from '../../../src/extract/dom.ts';
import { readMetadata } from '../../../src/extract/metadata.ts';

describe('readMetadata', () => {
  it('prefers JSON-LD (inside @graph) and resolves relative URLs', () => {
    const html = `<html lang="pt-BR"><head>
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":["NewsArticle"],"headline":"Headline","author":{"name":"Ana Lima"},"datePublished":"2024-01-02T03:04:05Z",
         "image":{"url":"/a.jpg"},"publisher":{"name":"Jornal"},"articleBody":"Body text."}]}</script>
      <meta property="og:title" content="OG title"><link rel="canonical" href="/story"></head><body></body></html>`;
    const m = readMetadata(parsePage(html), 'https://jornal.example.br/x?y=1');
    assert.equal(m.title, 'Headline');
    assert.equal(m.byline, 'Ana Lima');
    assert.equal(m.published, '2024-01-02T03:04:05Z');
    assert.equal(m.language, 'pt');
    assert.equal(m.canonicalUrl, 'https://jornal.example.br/story');
    assert.equal(m.image, 'https://jornal.example.br/a.jpg');
    assert.equal(m.siteName, 'Jornal');
    assert.equal(m.articleBody, 'Body text.');
  });
  it('falls back to OpenGraph, meta tags, <time> and the URL', () => {
    const html = `<html><head><meta property="og:title" content="OG title"><meta name="author" content="Sam">
      <meta property="og:locale" content="fr_FR"><meta property="og:site_name" content="Le Site"></head>
      <body><time datetime="2023-05-06T07:08:09+02:00">6 mai</time></body></html>`;
    const m = readMetadata(parsePage(html), 'https://x.example/2020/01/01/a');
    assert.equal(m.title, 'OG title');
    assert.equal(m.byline, 'Sam');
    assert.equal(m.language, 'fr');
    assert.equal(m.siteName, 'Le Site');
    assert.equal(m.published, '2023-05-06T07:08:09+02:00');
    assert.equal(readMetadata(parsePage('<p>x</p>'), 'https://x.example/2020/01/01/a').published, '2020-01-01');
  });
  it('unescapes doubly escaped values and strips "By" from bylines', () => {
    const html = `<head><meta property="og:title" content="Review &amp;#8211; a title"><meta name="byl" content="By Ana Reporter">
      <meta property="article:author" content="https://facebook.example/page"></head>`;
    const m = readMetadata(parsePage(html));
    assert.equal(m.title, 'Review – a title');
    assert.equal(m.byline, 'Ana Reporter');
  });
  it('reads a visible date from an element named for it when metadata has none', () => {
    const html = '<body><div class="post-date">Posted on 12 October 2017</div><p>Text</p></body>';
    assert.equal(readMetadata(parsePage(html), 'https://x.example/news/story').published, '2017-10-12');
  });
  it('survives broken JSON-LD', () => {
    const m = readMetadata(parsePage('<script type="application/ld+json">{not json</script><title> T </title>'));
    assert.equal(m.title, 'T');
  });
});
