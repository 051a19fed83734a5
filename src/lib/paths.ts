// Paths inside the installed Lantern tree (data files ship beside the code).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A path under the bundled data/ folder. */
export function dataPath(...parts: string[]): string {
  return join(ROOT, 'data', ...parts);
}
