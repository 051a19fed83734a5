// `lantern backup FILE`: a consistent snapshot of the store, taken while it runs.
import { stat } from 'node:fs/promises';
import { usageError } from '../../lib/errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { withStore } from '../store-io.ts';

/** Writes a gzipped JSON Lines snapshot of every table. */
export const backupCommand: Command = {
  name: 'backup',
  help: `
Usage: lantern backup FILE [--force]

Writes every table of the configured store (SQLite or PostgreSQL) to FILE as
gzipped JSON Lines, read inside one snapshot, so it is consistent even while
the server and workers keep writing. The file appears only when complete
(written to FILE.partial, then renamed). The search index is not copied:
'lantern restore' rebuilds it. A backup restores into either kind of store,
so it also moves a SQLite store to PostgreSQL and back. The file ends with
a trailer (row counts and a SHA-256 checksum) that restore checks.

An existing FILE is kept unless --force is given; the live database (and its
journal files) is never overwritten.

Options:
  --force  replace FILE if it exists
  --help   this help

Exit codes: 0 ok, 1 bad usage, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('backup', argv, { force: { type: 'boolean' } });
    if (positionals.length !== 1) throw usageError('backup: expected one FILE (see: lantern backup --help)');
    const file = positionals[0]!;
    return withStore(io, async (store) => {
      const started = Date.now();
      await store.meta.backup(file, { force: values.force ?? false });
      const size = (await stat(file)).size;
      io.stdout.write(
        `wrote ${file} (${(size / 1e6).toFixed(1)} MB, ${await store.articles.count()} articles) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      return 0;
    });
  },
};
