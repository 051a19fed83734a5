// The language list: every interface language, each named in its own language, linking to its home page.
import { html, type Safe } from '../html.ts';
import { dirOf, LANGS, langNames, langPath } from '../i18n/langs.ts';
import type { Locale } from '../i18n/locale.ts';

/** The language list page body. */
export function languagesView(L: Locale): Safe {
  const names = langNames();
  const items = LANGS.map(
    (l) =>
      html`<li><a href="${langPath(l, '/')}" lang="${l}" dir="${dirOf(l)}" hreflang="${l}">${names[l]}</a> <span class="note">(${langPath(l, '/')})</span></li>`,
  );
  return html`<h1>${L.t('langs.title')}</h1>
<p>${L.t('langs.intro')}</p>
<ul class="lang-list">${items}</ul>`;
}
