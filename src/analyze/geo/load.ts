// Reads the compiled gazetteer (build/gazetteer.json), compiling and saving it first when it is missing or stale.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPath, ROOT } from '../../lib/paths.ts';
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
    if (statSync(file).mtimeMs < newestSource()) return undefined; // an alias file was edited since
    const data = JSON.parse(readFileSync(file, 'utf8')) as GazetteerData;
    return data.version === GAZETTEER_VERSION &&
      Array.isArray(data.entries) &&
      Array.isArray(data.rows) &&
      Array.isArray(data.common)
      ? data
      : undefined;
  } catch {
    return undefined;
  }
}

/** When our gazetteer data files last changed. */
function newestSource(): number {
  const dir = dataPath('gazetteer');
  let newest = 0;
  for (const name of readdirSync(dir)) newest = Math.max(newest, statSync(`${dir}/${name}`).mtimeMs);
  return newest;
}
