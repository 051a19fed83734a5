// Reads the compiled gazetteer (build/gazetteer.json) and its packed index (build/gazetteer.bin), compiling and
// saving them first when they are missing or stale.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataPath, ROOT } from '../../lib/paths.ts';
import { compileGazetteer } from './compile/index.ts';
import { GAZETTEER_VERSION, type GazetteerData } from './gazetteer.ts';
import type { GeoIndex } from './lookup.ts';
import { pack, unpack } from './packed.ts';
import type { GeoWords } from './words.ts';

/** Where `npm run build:gazetteer` writes the compiled gazetteer. */
export const GAZETTEER_FILE = join(ROOT, 'build', 'gazetteer.json');
/** Where the packed lookup index of the compiled gazetteer goes (see packed.ts). */
export const PACKED_FILE = join(ROOT, 'build', 'gazetteer.bin');

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
  return writeAtomic(file, JSON.stringify(data));
}

/** The lookup index from the packed file, packed from the compiled gazetteer (and saved) when missing or stale. */
export function readGeoIndex(words: GeoWords, file = PACKED_FILE, compiled = GAZETTEER_FILE): GeoIndex {
  const found = tryReadPacked(file, compiled, words);
  if (found) return found;
  const bytes = pack(readGazetteer(compiled));
  writeAtomic(file, bytes);
  return unpack(bytes, words)!;
}

/** Packs the compiled gazetteer into its lookup index file; false when the folder is not writable. */
export function writePacked(data: GazetteerData, file = PACKED_FILE): boolean {
  return writeAtomic(file, pack(data));
}

function writeAtomic(file: string, content: string | Buffer): boolean {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    renameSync(tmp, file);
    return true;
  } catch {
    return false;
  }
}

function tryReadPacked(file: string, compiled: string, words: GeoWords): GeoIndex | undefined {
  try {
    const built = statSync(file).mtimeMs;
    if (built < newestSource() || built < mtime(compiled)) return undefined; // recompiled or edited since
    return unpack(readFileSync(file), words);
  } catch {
    return undefined;
  }
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
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
