// Static assets (CSS, icon, optional script) read once from src/web/static and served with a content hash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/paths.ts';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** One static file in memory. */
export interface Asset {
  body: Buffer;
  /** Pre-compressed body for text assets. */
  gzip: Buffer | null;
  type: string;
  hash: string;
}

const DIR = join(ROOT, 'src', 'web', 'static');

/** Every file in the static folder, by name. */
export const ASSETS: ReadonlyMap<string, Asset> = new Map(
  readdirSync(DIR)
    .filter((name) => TYPES[extname(name)])
    .map((name) => {
      const body = readFileSync(join(DIR, name));
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      const gzip = /^(text|image\/svg)/.test(TYPES[extname(name)]!) ? gzipSync(body, { level: 9 }) : null;
      return [name, { body, gzip, type: TYPES[extname(name)]!, hash }] as const;
    }),
);

/** The URL of a static file, with its hash so browsers may cache it for long. */
export function assetUrl(name: string): string {
  const a = ASSETS.get(name);
  return a ? `/static/${name}?v=${a.hash}` : `/static/${name}`;
}
