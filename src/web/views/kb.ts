// Knowledge-base index and pages (our own Markdown, rendered at startup), in the reader's language where translated.
import { html, raw, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import type { KbPage, KnowledgeBase } from '../kb.ts';
import { quickExit } from './quick-exit.ts';

/** Attributes for a page written in another language than the interface (an untranslated English page). */
function langAttrs(L: Locale, p: KbPage): Safe | string {
  return p.lang === L.lang ? '' : html` lang="${p.lang}" dir="ltr"`;
}

/** The knowledge-base index. */
export function kbIndexView(L: Locale, kb: KnowledgeBase): Safe {
  const pages = kb.pages.map((p) => kb.get(p.slug, L.lang) ?? p);
  const main = pages.filter((p) => !p.slug.startsWith('forms/'));
  const forms = pages.filter((p) => p.slug.startsWith('forms/'));
  const item = (p: KbPage, href: string) =>
    html`<li${langAttrs(L, p)}><a href="${L.href(href)}">${p.title}</a>${p.summary ? html` — ${p.summary}` : ''}</li>`;
  return html`${quickExit(L)}<h1>${L.t('kb.title')}</h1>
<ul class="kb-list">${main.map((p) => item(p, `/kb/${p.slug}`))}</ul>
<h2>${L.t('story.forms')}</h2>
<ul class="kb-list">${forms.map((p) => item(p, `/form/${p.slug.slice('forms/'.length)}`))}</ul>`;
}

/** One knowledge-base page; an English page shown in another interface says it is not translated yet. */
export function kbPageView(L: Locale, p: KbPage): Safe {
  const untranslated = p.lang !== L.lang ? html`<p class="note">${L.t('kb.untranslated')}</p>` : '';
  return html`${quickExit(L)}${untranslated}<article class="kb"${langAttrs(L, p)}>${raw(p.html)}</article>
<p><a href="${L.href('/kb')}">${L.t('kb.all')}</a> · <a href="${L.href('/report')}">${L.t('layout.report')}</a></p>`;
}
