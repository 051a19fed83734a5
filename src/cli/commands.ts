// Every `lantern` command, listed in one place.
import type { Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { extractCommand } from './commands/extract.ts';

/** The commands, in the order `lantern --help` shows them. */
export const COMMANDS: Command[] = [analyzeCommand, extractCommand];
