// Export encodings, one row at a time: CSV (RFC 4180, spreadsheet-safe), JSON Lines and GeoJSON. Pure.
import type { StoryOut } from '../api/public-view.ts';
import { type Cell, type Vocab, type VocabColumn, vocabCell, vocabRow } from './vocab.ts';

/** The export formats. */
export type ExportFormat = 'csv' | 'jsonl' | 'geojson';

/** The UTF-8 byte order mark some spreadsheet programs need to read UTF-8 CSV. */
export const BOM = '\ufeff';

/** MIME type of each format. */
export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
};

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: text that could start a formula gets a leading apostrophe; quoted when needed. */
export function csvCell(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = FORMULA_START.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF ends it, as RFC 4180 says). */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Writes one format: what opens it, each story's text, and what closes it. */
export interface Encoder {
  head: string;
  row: (s: StoryOut) => string;
  tail: string;
}

/** The encoder for a format. */
export function encoder(format: ExportFormat, vocab: Vocab, opts: { bom?: boolean } = {}): Encoder {
  if (format === 'csv') {
    const head = csvLine(vocab.columns.map((c) => c.column));
    return { head: (opts.bom ? BOM : '') + head, row: (s) => csvLine(vocabRow(vocab, s)), tail: '' };
  }
  if (format === 'jsonl') return { head: '', row: (s) => `${JSON.stringify(jsonRecord(vocab, s))}\n`, tail: '' };
  let first = true;
  const row = (s: StoryOut) => {
    const out = features(vocab, s).map((f) => {
      const text = (first ? '\n' : ',\n') + JSON.stringify(f);
      first = false;
      return text;
    });
    return out.join('');
  };
  return { head: '{"type":"FeatureCollection","features":[', row, tail: '\n]}\n' };
}

function jsonRecord(vocab: Vocab, s: StoryOut): Record<string, unknown> {
  const { facts: _facts, ...story } = s;
  return { ...story, ctdc: ctdcFields(vocab, s) };
}

const ctdcColumns = new WeakMap<Vocab, VocabColumn[]>();

/** The columns that have a CTDC/HTCDS name, by that name (only those computed). */
function ctdcFields(vocab: Vocab, s: StoryOut): Record<string, Cell> {
  let cols = ctdcColumns.get(vocab);
  if (!cols) {
    cols = vocab.columns.filter((c) => c.ctdc);
    ctdcColumns.set(vocab, cols);
  }
  const out: Record<string, Cell> = {};
  for (const c of cols) out[c.ctdc!] = vocabCell(vocab, c, s);
  return out;
}

/** A GeoJSON point for each place of a story; a story that names none gets its countries' centres instead. */
function features(vocab: Vocab, s: StoryOut): unknown[] {
  const ctdc = ctdcFields(vocab, s);
  const places = s.places.length
    ? s.places
    : s.countries.flatMap((c) =>
        c.lat === null || c.lon === null
          ? []
          : [{ name: c.name, kind: 'country' as const, country: c.code, lat: c.lat, lon: c.lon }],
      );
  return places.map((p) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      story: s.id,
      slug: s.slug,
      url: s.url,
      title: s.title,
      place: p.name,
      placeKind: p.kind,
      placeCountry: p.country,
      forms: s.forms,
      updatedAt: s.updatedAt,
      sample: s.sample,
      ...ctdc,
    },
  }));
}
