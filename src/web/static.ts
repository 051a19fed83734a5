// Static assets (CSS, icon) served by Hono's serveStatic from src/web/static, linked with a content hash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { ROOT } from '../lib/paths.ts';

/** The folder the assets live in. */
export const STATIC_DIR = join(ROOT, 'src', 'web', 'static');

// Content hashes, read once: a changed file gets a new URL, so browsers may cache each URL for a year.
const HASHES: ReadonlyMap<string, string> = new Map(
  readdirSync(STATIC_DIR).map((name) => [
    name,
    createHash('sha256')
      .update(readFileSync(join(STATIC_DIR, name)))
      .digest('hex')
      .slice(0, 10),
  ]),
);

/** The URL of a static file, with its hash so browsers may cache it for long. */
export function assetUrl(name: string): string {
  const hash = HASHES.get(name);
  return hash ? `/static/${name}?v=${hash}` : `/static/${name}`;
}

/** Serves /static/* (a hashed URL is immutable; a bare one is cached for five minutes). */
export function staticFiles(): MiddlewareHandler {
  return serveStatic({
    root: STATIC_DIR,
    rewriteRequestPath: (path) => path.replace(/^\/static/, ''),
    onFound: (_path, c) => {
      c.header('Cache-Control', c.req.query('v') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    },
  });
}
