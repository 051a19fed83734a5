// Alerts: saved searches with their channels, the stories matched once per alert, and each channel's send claimed,
// marked sent, retried later or given up (dead) — the store half of exactly-once delivery.
import { inputError } from '../../lib/errors.ts';
import {
  type Alert,
  type AlertMatch,
  type AlertOwner,
  type AlertSend,
  CADENCES,
  type NewAlert,
  SEND_CHANNELS,
  type SendChannel,
} from '../../model/alerts.ts';
import { type Db, num, type Row } from './db.ts';
import { isUniqueViolation } from './dialect.ts';

/** Most alerts one owner may keep, and in all. */
export const MAX_ALERTS_PER_OWNER = 100;
/** Longest e-mail address or webhook URL stored. */
const MAX_ADDRESS = 2000;

function toAlert(r: Row): Alert {
  const kind = String(r.owner_kind) as AlertOwner['kind'];
  return {
    id: num(r.id),
    query: String(r.query),
    filters: JSON.parse(String(r.filters)),
    owner: (kind === 'cli' ? { kind, id: null } : { kind, id: num(r.owner_id) }) as AlertOwner,
    email: (r.email as string | null) ?? null,
    webhookUrl: (r.webhook_url as string | null) ?? null,
    atom: num(r.atom) === 1,
    cadence: String(r.cadence) as Alert['cadence'],
    token: String(r.token),
    secret: String(r.secret),
    createdAt: String(r.created_at),
    lastEmailAt: (r.last_email_at as string | null) ?? null,
  };
}

function toSend(r: Row): AlertSend {
  return {
    alertId: num(r.alert_id),
    storyId: num(r.story_id),
    channel: String(r.channel) as SendChannel,
    state: String(r.state) as AlertSend['state'],
    attempts: num(r.attempts),
    nextAt: String(r.next_at),
    sentAt: (r.sent_at as string | null) ?? null,
    lastError: (r.last_error as string | null) ?? null,
  };
}

function check(a: NewAlert): void {
  if (typeof a?.query !== 'string' || a.query.length > 1000) throw inputError('alert query: at most 1000 characters');
  if (!CADENCES.includes(a.cadence)) throw inputError(`alert cadence: expected ${CADENCES.join(', ')}`);
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(a.token) || !/^[A-Za-z0-9_-]{32,64}$/.test(a.secret))
    throw inputError('alert token and secret: expected 32 to 64 URL-safe characters');
  if ((a.email?.length ?? 0) > MAX_ADDRESS || (a.webhookUrl?.length ?? 0) > MAX_ADDRESS)
    throw inputError(`alert address: longer than ${MAX_ADDRESS} characters`);
  if (!a.email && !a.webhookUrl && !a.atom) throw inputError('alert: no channel (e-mail, webhook or Atom feed)');
}

/** Stores a new alert; an owner may keep at most MAX_ALERTS_PER_OWNER. */
export async function addAlert(db: Db, a: NewAlert): Promise<Alert> {
  check(a);
  try {
    return await insertAlert(db, a);
  } catch (err) {
    if (isUniqueViolation(err)) throw inputError('alert token: already used');
    throw err;
  }
}

async function insertAlert(db: Db, a: NewAlert): Promise<Alert> {
  return db.tx(async (t) => {
    const n = await t.get<{ n: unknown }>(
      'SELECT count(*) AS n FROM alerts WHERE owner_kind = ? AND owner_id IS NOT DISTINCT FROM ?',
      [a.owner.kind, a.owner.id],
    );
    if (num(n?.n) >= MAX_ALERTS_PER_OWNER) throw inputError(`alerts: at most ${MAX_ALERTS_PER_OWNER} per owner`);
    const row = await t.get(
      `INSERT INTO alerts (query, filters, owner_kind, owner_id, email, webhook_url, atom, cadence, token, secret,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
      [
        a.query,
        JSON.stringify(a.filters ?? {}),
        a.owner.kind,
        a.owner.id,
        a.email,
        a.webhookUrl,
        a.atom ? 1 : 0,
        a.cadence,
        a.token,
        a.secret,
        new Date().toISOString(),
      ],
    );
    return toAlert(row!);
  });
}

/** Alerts of one owner (every alert when none is given), oldest first. */
export async function listAlerts(db: Db, owner?: AlertOwner): Promise<Alert[]> {
  const rows = owner
    ? await db.all('SELECT * FROM alerts WHERE owner_kind = ? AND owner_id IS NOT DISTINCT FROM ? ORDER BY id', [
        owner.kind,
        owner.id,
      ])
    : await db.all('SELECT * FROM alerts ORDER BY id');
  return rows.map(toAlert);
}

/** One alert by id, or null. */
export async function getAlert(db: Db, id: number): Promise<Alert | null> {
  const r = await db.get('SELECT * FROM alerts WHERE id = ?', [id]);
  return r ? toAlert(r) : null;
}

/** One alert by its private token, or null. */
export async function getAlertByToken(db: Db, token: string): Promise<Alert | null> {
  const r = await db.get('SELECT * FROM alerts WHERE token = ?', [token]);
  return r ? toAlert(r) : null;
}

/** Removes an alert (with its matches and sends), only when `owner` owns it if given; false when not found. */
export async function removeAlert(db: Db, id: number, owner?: AlertOwner): Promise<boolean> {
  if (!owner) return (await db.run('DELETE FROM alerts WHERE id = ?', [id])) > 0;
  return (
    (await db.run('DELETE FROM alerts WHERE id = ? AND owner_kind = ? AND owner_id IS NOT DISTINCT FROM ?', [
      id,
      owner.kind,
      owner.id,
    ])) > 0
  );
}

/** Turns e-mail off for the alert with this token (its pending e-mail sends go too); false when unknown. */
export async function unsubscribeEmail(db: Db, token: string): Promise<boolean> {
  return db.tx(async (t) => {
    const a = await t.get<{ id: unknown }>('SELECT id FROM alerts WHERE token = ?', [token]);
    if (!a) return false;
    await t.run('UPDATE alerts SET email = NULL WHERE id = ?', [num(a.id)]);
    await t.run("DELETE FROM alert_sends WHERE alert_id = ? AND channel = 'email' AND state <> 'sent'", [num(a.id)]);
    return true;
  });
}

/** Published stories the matcher has not seen yet, lowest id first. */
export async function unseenStories(db: Db, limit: number): Promise<number[]> {
  const rows = await db.all<{ id: unknown }>(
    `SELECT s.id FROM stories s WHERE s.status = 'published'
     AND NOT EXISTS (SELECT 1 FROM alert_seen a WHERE a.story_id = s.id) ORDER BY s.id LIMIT ?`,
    [Math.max(1, Math.min(limit, 10_000))],
  );
  return rows.map((r) => num(r.id));
}

/** In one transaction: the stories are seen, each match kept once and its sends queued once (repeats ignored). */
export async function recordMatches(db: Db, seen: number[], matches: AlertMatch[], at: string): Promise<number> {
  return db.tx(async (t) => {
    for (const id of seen)
      await t.run('INSERT INTO alert_seen (story_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING', [id, at]);
    let added = 0;
    for (const m of matches) {
      const n = await t.run(
        'INSERT INTO alert_matches (alert_id, story_id, matched_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
        [m.alertId, m.storyId, at],
      );
      added += n;
      if (!n) continue;
      for (const ch of m.channels.filter((c) => SEND_CHANNELS.includes(c))) {
        await t.run(
          `INSERT INTO alert_sends (alert_id, story_id, channel, state, next_at) VALUES (?, ?, ?, 'pending', ?)
           ON CONFLICT DO NOTHING`,
          [m.alertId, m.storyId, ch, at],
        );
      }
    }
    return added;
  });
}

/**
 * Claims due sends of one channel (pending, or claimed by a worker whose lease ran out): each becomes 'claimed'
 * with next_at = the lease's end and one more attempt, so no other worker takes it meanwhile.
 */
export async function claimSends(
  db: Db,
  o: { channel: SendChannel; now: string; leaseUntil: string; limit: number; alertId?: number },
): Promise<AlertSend[]> {
  const due = `channel = ? AND state IN ('pending', 'claimed') AND next_at <= ?${o.alertId ? ' AND alert_id = ?' : ''}`;
  const params = [o.channel, o.now, ...(o.alertId ? [o.alertId] : [])];
  const rows = await db.all(
    `UPDATE alert_sends SET state = 'claimed', next_at = ?, attempts = attempts + 1
     WHERE ${due} AND (alert_id, story_id) IN (
       SELECT alert_id, story_id FROM alert_sends WHERE ${due} ORDER BY next_at, alert_id, story_id LIMIT ?)
     RETURNING *`,
    [o.leaseUntil, ...params, ...params, Math.max(1, Math.min(o.limit, 1000))],
  );
  return rows.map(toSend).sort((a, b) => a.alertId - b.alertId || a.storyId - b.storyId);
}

/** Marks a claimed send done. */
export async function markSent(db: Db, s: Pick<AlertSend, 'alertId' | 'storyId' | 'channel'>, at: string) {
  await db.run(
    "UPDATE alert_sends SET state = 'sent', sent_at = ?, last_error = NULL WHERE alert_id = ? AND story_id = ? AND channel = ?",
    [at, s.alertId, s.storyId, s.channel],
  );
}

/** Records a failed send: tried again at `retryAt`, or dead (given up) when retryAt is null. */
export async function markFailed(
  db: Db,
  s: Pick<AlertSend, 'alertId' | 'storyId' | 'channel'>,
  error: string,
  retryAt: string | null,
): Promise<void> {
  await db.run(
    `UPDATE alert_sends SET state = ?, next_at = coalesce(?, next_at), last_error = ?
     WHERE alert_id = ? AND story_id = ? AND channel = ?`,
    [retryAt ? 'pending' : 'dead', retryAt, error.slice(0, 500), s.alertId, s.storyId, s.channel],
  );
}

/** Sends in one state (the dead-letter list: 'dead'), newest first. */
export async function listSends(db: Db, state: AlertSend['state'], limit: number): Promise<AlertSend[]> {
  const rows = await db.all('SELECT * FROM alert_sends WHERE state = ? ORDER BY next_at DESC LIMIT ?', [
    state,
    Math.max(1, Math.min(limit, 1000)),
  ]);
  return rows.map(toSend);
}

/** The stories matched for an alert, newest match first. */
export async function alertMatches(db: Db, alertId: number, limit: number): Promise<{ storyId: number; at: string }[]> {
  const rows = await db.all(
    'SELECT story_id, matched_at FROM alert_matches WHERE alert_id = ? ORDER BY matched_at DESC, story_id DESC LIMIT ?',
    [alertId, Math.max(1, Math.min(limit, 1000))],
  );
  return rows.map((r) => ({ storyId: num(r.story_id), at: String(r.matched_at) }));
}

/** Records when an alert's last e-mail digest went out. */
export async function markEmailed(db: Db, alertId: number, at: string): Promise<void> {
  await db.run('UPDATE alerts SET last_email_at = ? WHERE id = ?', [at, alertId]);
}
