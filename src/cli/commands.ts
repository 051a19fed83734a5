// Every `lantern` command, listed in one place. Each is loaded only when run, so `lantern --version` or a light
// command does not pay for the analyzer, the portal or the database drivers.
import type { Command } from './command.ts';

/** A command's name and one-line summary, and how to load the rest of it. */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<Command>;
}

/** The commands, in the order `lantern --help` shows them. */
export const COMMANDS: CommandEntry[] = [
  {
    name: 'serve',
    summary: 'run the public portal (migrates and loads the samples on first run)',
    load: async () => (await import('./commands/serve.ts')).serveCommand,
  },
  {
    name: 'analyze',
    summary: 'analyse an article (text or HTML) or a JSONL batch',
    load: async () => (await import('./commands/analyze.ts')).analyzeCommand,
  },
  {
    name: 'extract',
    summary: 'extract the article from an HTML page or a JSONL batch of pages',
    load: async () => (await import('./commands/extract.ts')).extractCommand,
  },
  {
    name: 'search',
    summary: 'search stored articles (words, "phrases", OR, -exclude, field:value)',
    load: async () => (await import('./commands/search.ts')).searchCommand,
  },
  {
    name: 'sources',
    summary: 'add, list, remove, import or export the sources the monitor reads',
    load: async () => (await import('./commands/sources.ts')).sourcesCommand,
  },
  {
    name: 'fetch',
    summary: 'fetch due sources once: new articles analysed, deduplicated and stored',
    load: async () => (await import('./commands/fetch.ts')).fetchCommand,
  },
  {
    name: 'worker',
    summary: 'run the monitor: poll due sources on a schedule until stopped',
    load: async () => (await import('./commands/worker.ts')).workerCommand,
  },
  {
    name: 'samples',
    summary: 'remove the fictional sample stories (adding the first source also does)',
    load: async () => (await import('./commands/samples.ts')).samplesCommand,
  },
  {
    name: 'users',
    summary: 'add, list or remove desk accounts (admin, editor, viewer) and reset passwords',
    load: async () => (await import('./commands/users.ts')).usersCommand,
  },
  {
    name: 'keys',
    summary: 'add, list or revoke JSON API keys (shown once, stored hashed)',
    load: async () => (await import('./commands/keys.ts')).keysCommand,
  },
  {
    name: 'alerts',
    summary: 'follow a search: new matching stories by e-mail, webhook or a private Atom feed',
    load: async () => (await import('./commands/alerts.ts')).alertsCommand,
  },
  {
    name: 'export',
    summary: 'export published stories as CSV, JSON Lines or GeoJSON (CTDC field names)',
    load: async () => (await import('./commands/export.ts')).exportCommand,
  },
  {
    name: 'migrate',
    summary: 'bring the database schema up to date',
    load: async () => (await import('./commands/migrate.ts')).migrateCommand,
  },
  {
    name: 'backup',
    summary: 'write a consistent snapshot of the store to a file',
    load: async () => (await import('./commands/backup.ts')).backupCommand,
  },
  {
    name: 'restore',
    summary: 'load a backup into an empty store',
    load: async () => (await import('./commands/restore.ts')).restoreCommand,
  },
];
