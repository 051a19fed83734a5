// Every `lantern` command, listed in one place.
import type { Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { backupCommand } from './commands/backup.ts';
import { extractCommand } from './commands/extract.ts';
import { migrateCommand } from './commands/migrate.ts';
import { restoreCommand } from './commands/restore.ts';
import { searchCommand } from './commands/search.ts';
import { serveCommand } from './commands/serve.ts';

/** The commands, in the order `lantern --help` shows them. */
export const COMMANDS: Command[] = [
  serveCommand,
  analyzeCommand,
  extractCommand,
  searchCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
];
