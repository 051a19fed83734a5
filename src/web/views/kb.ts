// Knowledge-base index and pages (our own Markdown, rendered at startup).
import { html, raw, type Safe } from '../html.ts';
import type { KbPage, KnowledgeBase } from '../kb.ts';
import { quickExit } from './quick-exit.ts';

/** The knowledge-base index. */
export function kbIndexView(kb: KnowledgeBase): Safe {
  const main = kb.pages.filter((p) => !p.slug.startsWith('forms/'));
  const forms = kb.pages.filter((p) => p.slug.startsWith('forms/'));
  const item = (p: KbPage, href: string) =>
    html`<li><a href="${href}">${p.title}</a>${p.summary ? html` — ${p.summary}` : ''}</li>`;
  return html`${quickExit()}<h1>Learn about trafficking in persons</h1>
<ul class="kb-list">${main.map((p) => item(p, `/kb/${p.slug}`))}</ul>
<h2>Forms of exploitation</h2>
<ul class="kb-list">${forms.map((p) => item(p, `/form/${p.slug.slice('forms/'.length)}`))}</ul>`;
}

/** One knowledge-base page. */
export function kbPageView(p: KbPage): Safe {
  return html`${quickExit()}<article class="kb">${raw(p.html)}</article>
<p><a href="/kb">All pages</a> · <a href="/report">Report trafficking</a></p>`;
}
