// Every `lantern` command, listed in one place.
import type { Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { backupCommand } from './commands/backup.ts';
import { extractCommand } from './commands/extract.ts';
import { fetchCommand } from './commands/fetch.ts';
import { migrateCommand } from './commands/migrate.ts';
import { restoreCommand } from './commands/restore.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';
import { sourcesCommand } from './commands/sources.ts';
import { workerCommand } from './commands/worker.ts';

/** The commands, in the order `lantern --help` shows them. */
export const COMMANDS: Command[] = [
  serveCommand,
  analyzeCommand,
  extractCommand,
  searchCommand,
  sourcesCommand,
  fetchCommand,
  workerCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
];
