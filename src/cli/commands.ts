// Every `lantern` command, listed in one place.
import type { Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { extractCommand } from './commands/extract.ts';
import { fetchCommand } from './commands/fetch.ts';
import { sourcesCommand } from './commands/sources.ts';
import { workerCommand } from './commands/worker.ts';

/** The commands, in the order `lantern --help` shows them. */
export const COMMANDS: Command[] = [analyzeCommand, extractCommand, sourcesCommand, fetchCommand, workerCommand];
