// Paths inside the installed Lantern tree (data files ship beside the code). The root is found by walking up to
// Lantern's package.json, so it is the same whether this runs as TypeScript from src/ or compiled into build/js/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding Lantern's package.json). */
export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path under the bundled data/ folder. */
export function dataPath(...parts: string[]): string {
  return join(ROOT, 'data', ...parts);
}

function findRoot(from: string): string {
  for (let dir = from, i = 0; i < 8; i++, dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name"\s*:\s*"lantern"/.test(readFileSync(pkg, 'utf8').slice(0, 400))) return dir;
  }
  return join(from, '..', '..');
}
