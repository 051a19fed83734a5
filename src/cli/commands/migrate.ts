// `lantern migrate`: brings the database schema up to date (also done on every start).
import { usageError } from '../../lib/errors.ts';
import { SCHEMA_VERSION } from '../../store/migrations.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { withStore } from '../store-io.ts';

/** Applies pending schema migrations, or reports the version with --status. */
export const migrateCommand: Command = {
  name: 'migrate',
  help: `
Usage: lantern migrate [--status]

Applies pending schema migrations to the configured store: SQLite at
$LANTERN_DATA_DIR/lantern.db (default ./data), or PostgreSQL when
LANTERN_DATABASE_URL is set. Each migration runs in its own transaction;
Lantern also migrates on every start. A database written by a newer Lantern
is refused with a message saying so.

Options:
  --status   print the database's schema version and this Lantern's, change nothing
  --help     this help

Exit codes: 0 ok, 1 bad usage or a database this Lantern cannot use, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('migrate', argv, { status: { type: 'boolean' } });
    if (positionals.length) throw usageError('migrate: takes no arguments');
    if (values.status) {
      return withStore(
        io,
        async (store) => {
          const v = await store.meta.schemaVersion();
          io.stdout.write(`${store.dialect}: schema version ${v}; this Lantern writes version ${SCHEMA_VERSION}\n`);
          return 0;
        },
        { migrate: false },
      );
    }
    return withStore(
      io,
      async (store) => {
        const { from, to } = await store.meta.migrate();
        io.stdout.write(
          from === to
            ? `${store.dialect}: up to date (schema version ${to})\n`
            : `${store.dialect}: migrated schema ${from} → ${to}\n`,
        );
        return 0;
      },
      { migrate: false },
    );
  },
};
