// `lantern export`: every published story matching the filters as CSV, JSON Lines or GeoJSON, streamed.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ExportQuery } from '../../api/schemas.ts';
import { loadConfig } from '../../config/settings.ts';
import { exportChunks } from '../../export/stream.ts';
import { usageError } from '../../lib/errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { withStore } from '../store-io.ts';

const FILTERS = ['country', 'form', 'minors', 'incident', 'language', 'from', 'to'] as const;

/** Exports published stories. */
export const exportCommand: Command = {
  name: 'export',
  help: `
Usage: lantern export --format csv|jsonl|geojson [filters] [--bom] [--out FILE]

Writes every published story that matches, newest first (identifying details
of victims withheld, as on the portal). Field names follow the Counter-
Trafficking Data Collaborative (CTDC) / HTCDS vocabulary where one exists; the
mapping, and which parts of it are unverified, is in data/vocab/ctdc.json.

  csv      one row per story; cells that could start a spreadsheet formula
           (= + - @ tab CR) get a leading apostrophe; --bom starts the file with
           a UTF-8 byte order mark for spreadsheet programs
  jsonl    one JSON object per story per line, with its CTDC fields
  geojson  a FeatureCollection with a Point for each place a story names

Filters: --country CC  --form FORM  --minors true|false  --incident true|false
         --language LL  --from YYYY-MM-DD  --to YYYY-MM-DD
--out FILE  write FILE.partial, then rename it to FILE when complete
            (default: standard output)
Exit codes: 0 ok, 1 bad usage or input, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('export', argv, {
      format: { type: 'string' },
      out: { type: 'string' },
      bom: { type: 'boolean' },
      ...Object.fromEntries(FILTERS.map((f) => [f, { type: 'string' as const }])),
    });
    if (positionals.length) throw usageError('export: takes no positional arguments');
    const given: Record<string, string> = {};
    const all = values as Record<string, string | boolean | undefined>;
    for (const k of ['format', ...FILTERS]) if (all[k] !== undefined) given[k] = String(all[k]);
    if (values.bom) given.bom = 'true';
    const parsed = ExportQuery.safeParse(given);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw usageError(`export: --${issue.path.join('.') || 'format'}: ${issue.message}`);
    }
    const q = parsed.data;
    const { publicUrl } = loadConfig(io.env);
    const filter = {
      country: q.country,
      type: q.form,
      minors: q.minors,
      incident: q.incident,
      language: q.language,
      from: q.from,
      to: q.to,
    };
    return withStore(io, async (store) => {
      const chunks = exportChunks(store, filter, q.format, { publicUrl: publicUrl.replace(/\/+$/, ''), bom: q.bom });
      if (!values.out) {
        await pipeline(Readable.from(chunks), io.stdout, { end: false });
        return 0;
      }
      const partial = `${values.out}.partial`;
      try {
        await pipeline(Readable.from(chunks), createWriteStream(partial, { flags: 'w' }));
        await rename(partial, values.out);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
      io.stderr.write(`lantern export: wrote ${values.out}\n`);
      return 0;
    });
  },
};
