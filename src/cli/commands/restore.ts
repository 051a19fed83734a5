// `lantern restore FILE`: loads a backup into an empty store and rebuilds its search index.
import { usageError } from '../../lib/errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { withStore } from '../store-io.ts';

/** Restores a backup written by `lantern backup`. */
export const restoreCommand: Command = {
  name: 'restore',
  help: `
Usage: lantern restore FILE

Loads FILE, written by 'lantern backup', into the configured store, which must
be empty (a new LANTERN_DATA_DIR, or a new PostgreSQL database or schema), then
rebuilds the search index, all in one transaction: a file that is cut short,
damaged or edited (its trailer's row counts or checksum do not match) restores
nothing and leaves the store empty, so the command can simply be run again.
Rows keep their ids. A backup from SQLite restores
into PostgreSQL and the other way round. The backup must come from a Lantern
with the same schema version.

Options:
  --help   this help

Exit codes: 0 ok, 1 bad usage or a file that is not a usable backup, 2 internal error.
`,
  async run(argv, io) {
    const { positionals } = parseCommandArgs('restore', argv, {});
    if (positionals.length !== 1) throw usageError('restore: expected one FILE (see: lantern restore --help)');
    const file = positionals[0]!;
    return withStore(io, async (store) => {
      const started = Date.now();
      const { rows } = await store.meta.restore(file);
      io.stdout.write(
        `restored ${rows} rows from ${file} into ${store.dialect} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      return 0;
    });
  },
};
