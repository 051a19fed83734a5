// Opaque page cursors: base64url JSON, checked on the way back in.
import { inputError } from '../../lib/errors.ts';

/** Encodes a cursor value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor, checking its shape; a bad one is an input error. */
export function decodeCursor<T>(cursor: string, check: (v: unknown) => v is T): T {
  let v: unknown;
  try {
    v = cursor.length <= 512 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    v = undefined;
  }
  if (!check(v)) throw inputError('cursor: not one this server gave out (start again from the first page)');
  return v;
}
