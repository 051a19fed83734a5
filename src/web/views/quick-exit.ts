// "Quick exit" for readers who may be watched: a plain link to a neutral site that works without JavaScript;
// static/quick-exit.js makes it replace this page in the history, and Esc pressed twice does the same.
import { html, type Safe } from '../html.ts';
import type { Locale } from '../i18n/locale.ts';
import { assetUrl } from '../static.ts';

/** Where the quick exit leads: a neutral page that says nothing about why the reader was here. */
export const QUICK_EXIT_URL = 'https://www.bbc.com/weather';

/** The quick-exit link and its script (a file from our origin: the CSP forbids inline script). */
export function quickExit(L: Locale): Safe {
  return html`<p class="quick-exit-bar"><a class="quick-exit" id="quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer noopener">${L.t('exit.link')}</a> <span class="note">${L.t('exit.note')}</span></p>
<script src="${assetUrl('quick-exit.js')}" defer></script>`;
}
