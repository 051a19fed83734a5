import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { expandBraces, splitForms } from '../../../src/analyze/geo/compile/data-files.ts';
import { compileWithReport } from '../../../src/analyze/geo/compile/index.ts';
import { GAZETTEER_VERSION } from '../../../src/analyze/geo/gazetteer.ts';
import { readGazetteer, readGeoIndex } from '../../../src/analyze/geo/load.ts';
import { buildTables, toEntry } from '../../../src/analyze/geo/lookup.ts';
import { pack, unpack } from '../../../src/analyze/geo/packed.ts';
import { loadGeoWords } from '../../../src/analyze/geo/words.ts';

describe('gazetteer compile and load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-geo-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('expands brace groups in our demonym lists', () => {
    assert.deepEqual(splitForms('nigerian{o,a,os,as},Nigerianer{,in}'), ['nigerian{o,a,os,as}', 'Nigerianer{,in}']);
    assert.deepEqual(expandBraces('nigerian{o,a}'), ['nigeriano', 'nigeriana']);
    assert.deepEqual(expandBraces('Nigerianer{,in}'), ['Nigerianer', 'Nigerianerin']);
  });

  it('resolves every row of our data files to a known place', () => {
    const { data, unresolved } = compileWithReport();
    assert.deepEqual(unresolved, []);
    assert.ok(data.entries.length > 20_000, 'countries, regions and cities');
    assert.ok(data.entries.some(([kind, cc]) => kind === 'c' && cc === 'SS'));
  });

  it('builds the index on first use when the compiled file is missing, then reads it back', () => {
    const file = join(dir, 'build', 'gazetteer.json');
    const built = readGazetteer(file);
    assert.equal(built.version, GAZETTEER_VERSION);
    assert.equal(readGazetteer(file).rows.length, built.rows.length);
  });

  it('rebuilds a stale or damaged file instead of failing', () => {
    const file = join(dir, 'stale.json');
    writeFileSync(file, JSON.stringify({ version: -1, entries: [], rows: [] }));
    assert.equal(readGazetteer(file).version, GAZETTEER_VERSION);
    writeFileSync(file, '{not json');
    assert.ok(readGazetteer(file).entries.length > 0);
  });

  it('packs the lookup tables so that every key, place and small table reads back the same', () => {
    const data = compileWithReport().data;
    const tables = buildTables(data);
    const index = unpack(pack(data), loadGeoWords())!;
    for (const name of ['cased', 'lower', 'stems'] as const) {
      for (const [key, recs] of tables[name]) assert.deepEqual(index[name].get(key), recs, `${name} ${key}`);
      assert.equal(index[name].get(`${[...tables[name].keys()][0]}\u0000`), undefined);
    }
    assert.equal(index.cased.get(''), undefined);
    assert.equal(index.cased.get('Lagos'), index.cased.get('Lagos'), 'the same array on every call');
    for (const [i, row] of data.entries.entries()) assert.deepEqual(index.entry(i), toEntry(row));
    assert.equal(index.entry(0), index.entry(0));
    assert.throws(() => index.entry(data.entries.length), RangeError);
    assert.deepEqual(index.country, tables.country);
    assert.deepEqual(index.lowerLangs, tables.lowerLangs);
    assert.deepEqual(index.common, tables.common);
    assert.deepEqual(index.filter, tables.filter);
  });

  it('packs the index on first use when its file is missing or damaged, then reads it back', () => {
    const compiled = join(dir, 'build', 'gazetteer.json');
    const file = join(dir, 'build', 'gazetteer.bin');
    const words = loadGeoWords();
    assert.ok(readGeoIndex(words, file, compiled).cased.get('Nigeria'));
    assert.ok(readGeoIndex(words, file, compiled).cased.get('Nigeria'));
    writeFileSync(file, 'not packed');
    assert.ok(readGeoIndex(words, file, compiled).cased.get('Nigeria'));
  });
});
