// Compiles the offline gazetteer (data packages + data/gazetteer/*) into build/gazetteer.json; run by `npm run prepare`.
import { statSync } from 'node:fs';
import { compileGazetteer } from '../src/analyze/geo/compile/index.ts';
import { GAZETTEER_FILE, writeGazetteer } from '../src/analyze/geo/load.ts';

const started = performance.now();
const data = compileGazetteer();
if (!writeGazetteer(data)) {
  console.error(
    `build-gazetteer: could not write ${GAZETTEER_FILE}; the analyzer will compile it in memory on each start`,
  );
  process.exit(1);
}
const kb = Math.round(statSync(GAZETTEER_FILE).size / 1024);
const ms = Math.round(performance.now() - started);
console.log(
  `build-gazetteer: ${data.entries.length} places, ${data.rows.length} names → ${GAZETTEER_FILE} (${kb} KB, ${ms} ms)`,
);
