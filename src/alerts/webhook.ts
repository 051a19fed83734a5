// Webhook delivery: one signed JSON POST per (alert, story), never to private addresses unless the operator allows
// it, no redirects followed, bounded in time; the idempotency key lets a receiver drop a repeat after a crash.
import { createHmac } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { checkUrl, guardedLookup } from '../fetch/http.ts';
import { allowList, refusal } from '../fetch/ssrf.ts';
import { inputError, messageOf } from '../lib/errors.ts';

/** Header carrying `sha256=<hex HMAC-SHA256 of the body with the alert's secret>`. */
export const SIGNATURE_HEADER = 'x-lantern-signature';
/** Header carrying `alert-<id>-story-<id>`: the same for every attempt of one delivery. */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** How long one POST may take, all in. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Whether webhooks may reach private and loopback addresses (LANTERN_ALLOW_PRIVATE_WEBHOOKS=1, for tests). */
export function privateWebhooksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.LANTERN_ALLOW_PRIVATE_WEBHOOKS === '1';
}

const NOBODY = allowList([]);

/** The hex HMAC-SHA256 signature of a body. */
export function sign(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Checks a webhook URL before it is stored: http(s), no credentials, and (resolved) not a private address. */
export async function checkWebhookUrl(raw: string, allowPrivate = privateWebhooksAllowed()): Promise<string> {
  if (typeof raw !== 'string' || raw.length > 2000)
    throw inputError('webhook: expected a URL of at most 2000 characters');
  let u: URL;
  try {
    u = checkUrl(raw, allowPrivate ? allowList([new URL(raw).hostname]) : NOBODY);
  } catch (err) {
    throw inputError(`webhook: ${noHint(messageOf(err))}`);
  }
  if (allowPrivate) return u.href;
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) return u.href;
  const found = await lookup(host, { all: true }).catch(() => null);
  if (!found?.length) throw inputError(`webhook ${u.host}: the host name does not resolve`);
  const why = found.map((a) => refusal(host, a.address, NOBODY)).find(Boolean);
  if (why) throw inputError(`webhook: ${noHint(why)}`);
  return u.href;
}

// The fetcher's refusal names its own allow setting; webhooks have none for operators.
const noHint = (m: string) => m.replace(/ \(allow it with [^)]*\)/, '');

/** One POST's outcome: ok for any 2xx, otherwise why it failed. */
export type PostResult = { ok: true } | { ok: false; error: string };

/** POSTs a signed JSON body to a webhook URL. */
export function postWebhook(
  url: string,
  body: string,
  headers: { secret: string; idempotencyKey: string },
  allowPrivate = privateWebhooksAllowed(),
): Promise<PostResult> {
  return new Promise((resolve) => {
    let u: URL;
    try {
      u = checkUrl(url, allowPrivate ? allowList([new URL(url).hostname]) : NOBODY);
    } catch (err) {
      return resolve({ ok: false, error: messageOf(err) });
    }
    const req = (u.protocol === 'https:' ? https : http).request(u, {
      method: 'POST',
      lookup: allowPrivate ? undefined : guardedLookup(NOBODY),
      timeout: WEBHOOK_TIMEOUT_MS,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'Lantern alerts',
        [SIGNATURE_HEADER]: sign(headers.secret, body),
        [IDEMPOTENCY_HEADER]: headers.idempotencyKey,
      },
    });
    const timer = setTimeout(() => req.destroy(new Error('timed out')), WEBHOOK_TIMEOUT_MS);
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => clearTimeout(timer));
      const ok = res.statusCode !== undefined && res.statusCode >= 200 && res.statusCode < 300;
      resolve(ok ? { ok: true } : { ok: false, error: `HTTP ${res.statusCode}` });
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (err) => {
      clearTimeout(timer);
      resolve({ ok: false, error: messageOf(err) });
    });
    req.end(body);
  });
}
