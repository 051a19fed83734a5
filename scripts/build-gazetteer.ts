// Compiles the offline gazetteer (data packages + data/gazetteer/*) into build/gazetteer.json and its packed lookup
// index build/gazetteer.bin; run by `npm run prepare`.
import { statSync } from 'node:fs';
import { compileGazetteer } from '../src/analyze/geo/compile/index.ts';
import { GAZETTEER_FILE, PACKED_FILE, writeGazetteer, writePacked } from '../src/analyze/geo/load.ts';

const started = performance.now();
const data = compileGazetteer();
if (!writeGazetteer(data) || !writePacked(data)) {
  console.error(
    `build-gazetteer: could not write ${GAZETTEER_FILE} or ${PACKED_FILE}; the analyzer will compile it in memory on each start`,
  );
  process.exit(1);
}
const kb = Math.round(statSync(GAZETTEER_FILE).size / 1024);
const packedKb = Math.round(statSync(PACKED_FILE).size / 1024);
const ms = Math.round(performance.now() - started);
console.log(
  `build-gazetteer: ${data.entries.length} places, ${data.rows.length} names → ${GAZETTEER_FILE} (${kb} KB) and ${PACKED_FILE} (${packedKb} KB), ${ms} ms`,
);
