// Exports: CSV that spreadsheets open safely (BOM option, quoting, formulas neutralised), JSON Lines, valid GeoJSON,
// and the same through /api/v1/export; the vocabulary file loads.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BOM, csvCell, csvLine } from '../../src/export/formats.ts';
import { exportChunks } from '../../src/export/stream.ts';
import { loadVocab } from '../../src/export/vocab.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { apiApp, HIDDEN, SECRET_NAME, seedApi } from './fixtures.ts';

async function collect(store: Store, format: 'csv' | 'jsonl' | 'geojson', bom = false, filter = {}) {
  let out = '';
  for await (const c of exportChunks(store, filter, format, { publicUrl: 'https://lantern.example', bom })) out += c;
  return out;
}

/** A small RFC 4180 reader (regex tokens), enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const m of text.matchAll(/("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n)/g)) {
    const raw = m[1]!;
    row.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (m[2] === '\r\n') {
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('export', () => {
  let store: Store;
  before(async () => {
    store = await openMemoryStore();
    await seedApi(store);
  });
  after(async () => {
    await store?.close();
  });

  it('neutralises formulas and quotes cells', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      assert.equal(csvCell(bad)[0] === "'" || csvCell(bad).startsWith(`"'`), true, bad);
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('two\nlines'), '"two\nlines"');
    assert.equal(csvCell(-3), '-3');
    assert.equal(csvCell(null), '');
    assert.equal(csvLine(['a', 1]), 'a,1\r\n');
  });

  it('writes CSV with the vocabulary header, BOM when asked, and safe cells', async () => {
    const csv = await collect(store, 'csv', true);
    assert.ok(csv.startsWith(BOM));
    const rows = parseCsv(csv.slice(1));
    const header = rows[0]!;
    assert.deepEqual(
      header,
      loadVocab().columns.map((c) => c.column),
    );
    assert.equal(rows.length, 3, 'header and the two published stories');
    const farm = rows.find((r) => r[header.indexOf('lantern_story_url')]!.endsWith('/farm-rescue'))!;
    assert.equal(farm[header.indexOf('lantern_outlet')], "'=Farm Weekly");
    assert.equal(farm[header.indexOf('CountryOfExploitation')], 'NG');
    assert.equal(farm[header.indexOf('majorityStatus')], 'Adult');
    assert.equal(farm[header.indexOf('isForcedLabour')], '1');
    assert.equal(farm[header.indexOf('isSexualExploit')], '0');
    assert.ok(!csv.includes(SECRET_NAME));
    for (const h of HIDDEN) assert.ok(!csv.includes(h));
    assert.ok(!(await collect(store, 'csv')).startsWith(BOM));
  });

  it('writes JSON Lines with CTDC fields, filtered', async () => {
    const lines = (await collect(store, 'jsonl', false, { country: 'KE' })).trim().split('\n');
    assert.equal(lines.length, 1);
    const rec = JSON.parse(lines[0]!);
    assert.equal(rec.slug, 'bar-raid');
    assert.equal(rec.ctdc.majorityStatus, 'Minor');
    assert.equal(rec.ctdc.isSexualExploit, 1);
  });

  it('writes a valid GeoJSON FeatureCollection of points', async () => {
    const geo = JSON.parse(await collect(store, 'geojson'));
    assert.equal(geo.type, 'FeatureCollection');
    assert.equal(geo.features.length, 2);
    const f = geo.features.find((x: { properties: { place: string } }) => x.properties.place === 'Ibadan');
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Point');
    assert.deepEqual(f.geometry.coordinates, [3.947, 7.3775]);
    assert.equal(f.properties.placeKind, 'city');
    // A story that names no place is drawn at its country's centre, and says so.
    const kenya = geo.features.find((x: { properties: { slug: string } }) => x.properties.slug === 'bar-raid');
    assert.equal(kenya.properties.placeKind, 'country');
    assert.equal(kenya.properties.placeCountry, 'KE');
    for (const x of geo.features) {
      const [lon, lat] = x.geometry.coordinates;
      assert.ok(Math.abs(lon) <= 180 && Math.abs(lat) <= 90);
    }
    const empty = JSON.parse(await collect(store, 'geojson', false, { country: 'FR' }));
    assert.deepEqual(empty.features, []);
  });

  it('streams the same from /api/v1/export', async () => {
    const r = await apiApp(store).request('/api/v1/export?format=csv&bom=true&form=labour');
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/csv/);
    assert.match(r.headers.get('content-disposition') ?? '', /attachment/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer());
    assert.ok(text.startsWith(BOM));
    assert.equal(parseCsv(text.slice(1)).length, 2);
  });
});
