// OpenGraph tags and JSON-LD for story pages (JSON-LD is a data block, not a script: CSP allows it).
import type { Article, Story } from '../model/records.ts';
import { html, raw, type Safe } from './html.ts';
import type { Locale } from './i18n/locale.ts';
import { countryName, formLabel } from './labels.ts';
import { creditOf } from './views/parts.ts';
import { excerpt } from './views/story.ts';

/** JSON for a <script type="application/ld+json"> block, with "<" escaped so text cannot close the element. */
export function jsonLd(data: unknown): Safe {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return raw(`<script type="application/ld+json">${json}</script>`);
}

/** <head> extras for a story page. */
export function storyHead(L: Locale, story: Story, lead: Article | null, publicUrl: string): Safe {
  const url = `${publicUrl}${L.href(`/stories/${story.slug}`)}`;
  const description = story.publicSummary
    ? excerpt(story.publicSummary, 200)
    : lead
      ? excerpt(lead.text, 200)
      : story.title;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: story.title,
    url,
    datePublished: story.publishedAt ?? story.firstSeenAt,
    dateModified: story.lastSeenAt,
    about: [...story.types.map(formLabel), 'Trafficking in persons'],
    contentLocation: story.countries.map((c) => ({ '@type': 'Country', name: countryName(c) })),
    publisher: { '@type': 'Organization', name: 'Lantern' },
    ...(lead ? { isBasedOn: { '@type': 'NewsArticle', url: lead.url, publisher: creditOf(lead) } } : {}),
    ...(story.isSample ? { isFamilyFriendly: true, genre: 'Fictional sample' } : {}),
  };
  return html`<link rel="canonical" href="${url}">
<meta property="og:type" content="article">
<meta property="og:title" content="${story.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="Lantern">
<meta property="og:locale" content="${L.lang}">
${story.publishedAt ? html`<meta property="article:published_time" content="${story.publishedAt}">` : ''}
${story.types.map((t) => html`<meta property="article:tag" content="${formLabel(t)}">`)}
${jsonLd(ld)}`;
}
