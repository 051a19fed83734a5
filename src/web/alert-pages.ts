// What an alert's private token opens without signing in: its Atom feed (/alerts/TOKEN.atom) and its e-mail
// unsubscribe page (/alerts/unsubscribe/TOKEN: GET asks to confirm, POST unsubscribes; a mail program's RFC 8058
// one-click POST lands on the same address). Never cached; stories read through the public gate.
import { publicStoryView } from '../alerts/public-story.ts';
import type { AlertStore } from '../store/alert-store.ts';
import type { PublicDeps } from './context.ts';
import { html } from './html.ts';
import type { Rendered } from './pages.ts';
import { renderFeed } from './syndication.ts';
import type { StoryView } from './views/parts.ts';

/** Stories in an alert's private feed. */
export const ALERT_FEED_SIZE = 50;

/** An alert token as made by createAlert: 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const message = (title: string, text: string, status = 200): Rendered => ({
  kind: 'page',
  meta: { title, path: '/alerts' },
  body: html`<h1>${title}</h1><p>${text}</p><p><a href="/">Back to the latest stories</a></p>`,
  status,
});

const unknown = () => message('Alert not found', 'This alert link is unknown or the alert was removed.', 404);

/** GET /alerts/:file — the private Atom feed of an alert's matched stories, newest first. */
export async function alertFeed(alerts: AlertStore, deps: PublicDeps, file: string): Promise<Rendered> {
  const token = file.endsWith('.atom') ? file.slice(0, -5) : '';
  const a = TOKEN.test(token) ? await alerts.byToken(token) : null;
  if (!a?.atom) return unknown();
  const views: StoryView[] = [];
  for (const m of await alerts.matches(a.id, ALERT_FEED_SIZE)) {
    const s = await publicStoryView(deps.store, m.storyId);
    if (s) views.push(s.view);
  }
  const base = deps.config.publicUrl;
  const meta = {
    title: `Lantern alert: ${a.query || 'filters'}`,
    pageUrl: `${base}/search`,
    feedUrl: `${base}/alerts/${token}.atom`,
    publicUrl: base,
  };
  return { kind: 'raw', type: 'application/atom+xml; charset=utf-8', text: renderFeed('atom', meta, views) };
}

/** GET /alerts/unsubscribe/:token — a page that asks to confirm (a link scanner's GET changes nothing). */
export async function unsubscribePage(alerts: AlertStore, token: string): Promise<Rendered> {
  const a = TOKEN.test(token) ? await alerts.byToken(token) : null;
  if (!a) return unknown();
  if (!a.email) return message('Already unsubscribed', 'This alert sends no more e-mail.');
  const body = html`<h1>Stop these e-mails?</h1>
<p>You get e-mail from Lantern for the alert <strong>${a.query || 'filters only'}</strong>. No sign-in is needed to stop it.</p>
<form method="post" action="/alerts/unsubscribe/${token}"><button type="submit" class="button">Unsubscribe</button></form>`;
  return { kind: 'page', meta: { title: 'Unsubscribe', path: '/alerts' }, body };
}

/** POST /alerts/unsubscribe/:token — turns the alert's e-mail off (the form, or a mail program's one-click). */
export async function unsubscribePost(alerts: AlertStore, token: string): Promise<Rendered> {
  if (!TOKEN.test(token) || !(await alerts.unsubscribeEmail(token))) return unknown();
  return message('Unsubscribed', 'You will get no more e-mail for this alert.');
}
