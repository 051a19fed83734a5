// One alerts pass: match stories published since the last pass (recorded in one transaction), then send what is
// due — claim, send, mark — so a crash anywhere loses nothing and a send is repeated at most after its lease.
import { messageOf } from '../lib/errors.ts';
import type { Alert, AlertMatch, AlertSend, Cadence } from '../model/alerts.ts';
import type { Store } from '../store/store.ts';
import { type PublicStore, publicStore } from '../web/public-store.ts';
import { DIGEST_STORIES, digest, type Mailer } from './email.ts';
import { type CompiledAlert, compileAlert, matchStory } from './match.ts';
import { factsOf, publicStoryView } from './public-story.ts';
import { postWebhook } from './webhook.ts';

/** Stories read per matching batch. */
export const MATCH_BATCH = 200;
/** How long a claimed send belongs to its worker before another may take it (a crashed worker's). */
export const LEASE_MS = 120_000;
/** Attempts before a webhook send goes to the dead-letter list. */
export const MAX_ATTEMPTS = 6;
/** First retry delay; each further one doubles. */
export const RETRY_BASE_MS = 30_000;
const CADENCE_MS: Record<Cadence, number> = { immediate: 0, daily: 86_400_000, weekly: 7 * 86_400_000 };

/** What an alerts pass needs. */
export interface AlertDeps {
  store: Store;
  publicUrl: string;
  mailer: Mailer | null;
  mailFrom: string;
  allowPrivateWebhooks: boolean;
  now?: () => Date;
}

/** What one pass did. */
export interface AlertReport {
  seen: number;
  matched: number;
  webhooks: { sent: number; failed: number; dead: number };
  emails: number;
}

const clock = (d: AlertDeps) => (d.now ?? (() => new Date()))();

/** Matches every published story not seen yet against every alert; returns stories seen and matches made. */
export async function matchNew(d: AlertDeps): Promise<{ seen: number; matched: number }> {
  const compiled = compileAll(await d.store.alerts.list());
  const byId = new Map(compiled.map((a) => [a.id, a]));
  const pub = publicStore(d.store);
  let seen = 0;
  let matched = 0;
  for (;;) {
    const ids = await d.store.alerts.unseenStories(MATCH_BATCH);
    if (!ids.length) return { seen, matched };
    const found: AlertMatch[] = [];
    for (const id of ids) found.push(...(await matchOne(pub, compiled, byId, id)));
    matched += await d.store.alerts.recordMatches(ids, found, clock(d).toISOString());
    seen += ids.length;
  }
}

function compileAll(alerts: Alert[]): CompiledAlert[] {
  const out: CompiledAlert[] = [];
  // Alerts were checked when made; one that no longer parses (a form renamed) must not stop the others.
  for (const a of alerts) {
    try {
      out.push(compileAlert(a));
    } catch {}
  }
  return out;
}

async function matchOne(
  pub: PublicStore,
  alerts: CompiledAlert[],
  byId: Map<number, CompiledAlert>,
  id: number,
): Promise<AlertMatch[]> {
  const s = await publicStoryView(pub, id);
  if (!s) return [];
  return matchStory(alerts, factsOf(s.view, s.articles)).map((alertId) => ({
    alertId,
    storyId: id,
    channels: byId.get(alertId)!.channels,
  }));
}

/** The JSON a webhook receives for one story. */
export function webhookBody(
  a: Alert,
  v: NonNullable<Awaited<ReturnType<typeof publicStoryView>>>['view'],
  publicUrl: string,
) {
  const s = v.story;
  return {
    alert: { id: a.id, query: a.query },
    story: {
      id: s.id,
      title: s.title,
      url: `${publicUrl}/stories/${s.slug}`,
      summary: s.publicSummary,
      countries: s.countries,
      forms: s.types,
      minors: s.minors,
      victims: s.victims,
      firstSeenAt: s.firstSeenAt,
      publishedAt: s.publishedAt,
      credit: v.lead ? { url: v.lead.url, outlet: v.lead.sourceCredit ?? v.lead.siteName ?? null } : null,
    },
  };
}

/** When a failed send is tried again (doubling from RETRY_BASE_MS), or null: dead after MAX_ATTEMPTS. */
export function retryAt(send: Pick<AlertSend, 'attempts'>, now: Date): string | null {
  if (send.attempts >= MAX_ATTEMPTS) return null;
  return new Date(now.getTime() + RETRY_BASE_MS * 2 ** (send.attempts - 1)).toISOString();
}

/** Sends due webhooks: each claimed, POSTed once, then marked sent, retried with back-off, or dead. */
export async function sendWebhooks(d: AlertDeps, limit = 100): Promise<AlertReport['webhooks']> {
  const out = { sent: 0, failed: 0, dead: 0 };
  const now = clock(d);
  const claimed = await d.store.alerts.claimSends({
    channel: 'webhook',
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
    limit,
  });
  const pub = publicStore(d.store);
  for (const send of claimed) {
    const r = await sendOne(d, pub, send);
    if (r.ok) {
      await d.store.alerts.markSent(send, clock(d).toISOString());
      out.sent++;
      continue;
    }
    const next = retryAt(send, now);
    await d.store.alerts.markFailed(send, r.error, next);
    if (next) out.failed++;
    else out.dead++;
  }
  return out;
}

async function sendOne(
  d: AlertDeps,
  pub: PublicStore,
  send: AlertSend,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const a = await d.store.alerts.get(send.alertId);
  const s = await publicStoryView(pub, send.storyId);
  // The webhook was removed or the story withdrawn since the match: nothing to send, the send is done.
  if (!a?.webhookUrl || !s) return { ok: true };
  const body = JSON.stringify(webhookBody(a, s.view, d.publicUrl));
  const key = `alert-${a.id}-story-${send.storyId}`;
  return postWebhook(a.webhookUrl, body, { secret: a.secret, idempotencyKey: key }, d.allowPrivateWebhooks);
}

/** Sends the e-mail digests that are due (immediate: now; daily/weekly: once per period); returns mails sent. */
export async function sendEmails(d: AlertDeps): Promise<number> {
  if (!d.mailer) return 0;
  let sent = 0;
  const now = clock(d);
  for (const a of await d.store.alerts.list()) {
    if (a.email && cadenceDue(a, now) && (await sendDigest(d, a, now))) sent++;
  }
  return sent;
}

function cadenceDue(a: Alert, now: Date): boolean {
  return !a.lastEmailAt || now.getTime() - Date.parse(a.lastEmailAt) >= CADENCE_MS[a.cadence];
}

async function sendDigest(d: AlertDeps, a: Alert, now: Date): Promise<boolean> {
  const claimed = await d.store.alerts.claimSends({
    channel: 'email',
    now: now.toISOString(),
    leaseUntil: new Date(now.getTime() + LEASE_MS).toISOString(),
    limit: DIGEST_STORIES,
    alertId: a.id,
  });
  if (!claimed.length) return false;
  const pub = publicStore(d.store);
  const views = [];
  for (const c of claimed) {
    const s = await publicStoryView(pub, c.storyId);
    if (s) views.push(s.view);
  }
  try {
    if (views.length) await d.mailer!.sendMail(digest(a, views, { from: d.mailFrom, publicUrl: d.publicUrl }));
  } catch (err) {
    // One refused address or a server down must not stop the other alerts: retried with back-off, then dead.
    for (const c of claimed) await d.store.alerts.markFailed(c, messageOf(err), retryAt(c, now));
    return false;
  }
  const at = clock(d).toISOString();
  for (const c of claimed) await d.store.alerts.markSent(c, at);
  await d.store.alerts.markEmailed(a.id, at);
  return views.length > 0;
}

/** One full pass: match, then webhooks, then e-mail. */
export async function runAlerts(d: AlertDeps): Promise<AlertReport> {
  const m = await matchNew(d);
  const webhooks = await sendWebhooks(d);
  return { ...m, webhooks, emails: await sendEmails(d) };
}
