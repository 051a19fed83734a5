// Alert e-mail: addresses checked against header injection, digests built as plain text with a one-click
// unsubscribe link (and List-Unsubscribe headers) that works without signing in, sent through SMTP (nodemailer).
import { createHash } from 'node:crypto';
import nodemailer from 'nodemailer';
import { inputError } from '../lib/errors.ts';
import { stripControls } from '../lib/text.ts';
import type { Alert } from '../model/alerts.ts';
import type { StoryView } from '../web/views/parts.ts';
import { creditOf } from '../web/views/parts.ts';

/** Longest e-mail address accepted (RFC 5321 path limit). */
export const MAX_EMAIL = 254;
/** Stories listed in one digest at most (the rest come in the next one). */
export const DIGEST_STORIES = 50;

// One plain mailbox: no display name, no comments, no list, nothing that could end a header line.
const MAILBOX =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** Checks an e-mail address for an alert; CR/LF, commas, angle brackets and display names are refused. */
export function checkEmail(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > MAX_EMAIL)
    throw inputError(`e-mail: expected an address of at most ${MAX_EMAIL} characters`);
  if (/[\r\n\0]/.test(raw)) throw inputError('e-mail: line breaks are not allowed in an address (header injection)');
  if (!MAILBOX.test(raw))
    throw inputError(`e-mail ${JSON.stringify(raw.slice(0, 80))}: expected one plain address such as name@example.org`);
  return raw.toLowerCase();
}

/** Sends one message; the SMTP transport in production, anything with the same shape in tests. */
export interface Mailer {
  sendMail(m: MailMessage): Promise<unknown>;
}

/** One message as nodemailer takes it. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  headers: Record<string, string>;
}

/** An SMTP mailer for a smtp:// or smtps:// URL, or null when none is configured. */
export function smtpMailer(url: string): Mailer | null {
  if (!url) return null;
  if (!/^smtps?:\/\//.test(url)) throw inputError('LANTERN_SMTP_URL: expected smtp://… or smtps://…');
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, socketTimeout: 20_000 } as never) as Mailer;
}

/** The unsubscribe address of an alert: its private token, no sign-in needed. */
export function unsubscribeUrl(publicUrl: string, a: Pick<Alert, 'token'>): string {
  return `${publicUrl}/alerts/unsubscribe/${a.token}`;
}

/** The digest for one alert and its new stories. */
export function digest(a: Alert, stories: StoryView[], o: { from: string; publicUrl: string }): MailMessage {
  const unsub = unsubscribeUrl(o.publicUrl, a);
  const lines = stories.map(({ story, lead }) => {
    const credit = lead ? `\n  Article from: ${creditOf(lead)} — ${lead.url}` : '';
    return `* ${stripControls(story.title)}\n  ${o.publicUrl}/stories/${story.slug}${credit}`;
  });
  const ids = stories.map((v) => v.story.id).join(',');
  const query = stripControls(a.query).replace(/\s+/g, ' ').slice(0, 80) || 'your saved search';
  return {
    from: o.from,
    to: a.email!,
    subject: `Lantern: ${stories.length} new ${stories.length === 1 ? 'story' : 'stories'} for "${query}"`,
    text: `New stories matching "${query}":\n\n${lines.join('\n\n')}\n\n--\nStop these e-mails (no sign-in needed): ${unsub}\n`,
    messageId: `<alert-${a.id}-${createHash('sha256').update(ids).digest('hex').slice(0, 16)}@lantern.alerts>`,
    headers: { 'List-Unsubscribe': `<${unsub}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
