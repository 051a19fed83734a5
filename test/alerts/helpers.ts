// Loopback receivers for alert tests: an SMTP server (smtp-server) and a webhook endpoint that checks signatures.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A received e-mail, raw. */
export interface Received {
  to: string[];
  raw: string;
}

/** Starts an SMTP server on 127.0.0.1 that keeps every message. */
export async function startSmtp(): Promise<{ url: string; mails: Received[]; close(): Promise<void> }> {
  const mails: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** One webhook delivery as received: verified against the secret the test gives. */
export interface Hook {
  body: Record<string, unknown>;
  raw: string;
  signature: string;
  key: string;
}

/** Starts a webhook receiver; `status()` decides each answer (200 by default). */
export async function startHooks(status: () => number = () => 200) {
  const hooks: Hook[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const code = status();
      if (code < 300) {
        hooks.push({
          raw,
          body: JSON.parse(raw),
          signature: String(req.headers['x-lantern-signature']),
          key: String(req.headers['idempotency-key']),
        });
      }
      res.writeHead(code).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    hooks,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** True when a body's signature is HMAC-SHA256 with this secret. */
export function validSignature(h: Hook, secret: string): boolean {
  return h.signature === `sha256=${createHmac('sha256', secret).update(h.raw).digest('hex')}`;
}
