// Reads the compiled gazetteer (build/gazetteer.json), compiling and saving it first when it is missing or stale.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../../lib/paths.ts';
import { compileGazetteer } from './compile/index.ts';
import { GAZETTEER_VERSION, type GazetteerData } from './gazetteer.ts';

/** Where `npm run build:gazetteer` writes the compiled gazetteer. */
export const GAZETTEER_FILE = join(ROOT, 'build', 'gazetteer.json');

/** The compiled gazetteer from disk, or freshly compiled (and saved when the folder is writable). */
export function readGazetteer(file = GAZETTEER_FILE): GazetteerData {
  const found = tryRead(file);
  if (found) return found;
  const data = compileGazetteer();
  writeGazetteer(data, file);
  return data;
}

/** Writes the compiled gazetteer atomically; a read-only install just keeps it in memory. */
export function writeGazetteer(data: GazetteerData, file = GAZETTEER_FILE): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}

function tryRead(file: string): GazetteerData | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
    return data.version === GAZETTEER_VERSION && Array.isArray(data.entries) && Array.isArray(data.rows)
      ? data
      : undefined;
  } catch {
    return undefined;
  }
}
