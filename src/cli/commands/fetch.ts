import { loadConfig } from '../../config/settings.ts';
import { pipelineContext } from '../../jobs/context.ts';
import { type PassSummary, runPass } from '../../jobs/run-once.ts';
import { inputError, usageError } from '../../lib/errors.ts';
import { oneLine } from '../../lib/text.ts';
import type { Source } from '../../model/records.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';

/** Runs one monitoring pass. */
export const fetchCommand: Command = {
  name: 'fetch',
  help: `
Usage: lantern fetch --once [--all] [--source ID]... [--json]

One pass of the monitor: every enabled source whose next attempt is due is fetched
(politely: robots.txt, per-host limits, conditional GET), its new entries are
extracted, analysed, folded into stories and stored. Failures are kept on the
source's row (see: lantern sources list --broken); the pass goes on.

Options:
  --once        required: run one pass and exit (the scheduler runs in
                lantern serve and lantern worker)
  --all         every enabled source, due or not
  --source ID   only this source (repeatable), due or not
  --json        print a JSON summary (counts and one report per source) instead
                of the progress bar and text summary

Exit codes: 0 pass done (even when some sources failed), 1 bad usage, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('fetch', argv, {
      once: { type: 'boolean' },
      all: { type: 'boolean' },
      source: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    if (!values.once) throw usageError('fetch: --once is required (for continuous fetching run: lantern worker)');
    if (positionals.length) throw usageError(`fetch: unexpected argument ${JSON.stringify(positionals[0])}`);
    const config = loadConfig(io.env);
    const store = await openStore(config);
    try {
      const sources = await pickSources(store, values.all ?? false, values.source ?? []);
      const ctx = pipelineContext(store, config);
      const progress = io.isTTY && !values.json ? progressBar(io) : undefined;
      const summary = await runPass(ctx, { sources, onReport: progress }).finally(() => ctx.cpu.close());
      if (progress) io.stderr.write('\n');
      io.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : textSummary(summary));
      return 0;
    } finally {
      await store.close();
    }
  },
};

async function pickSources(store: Store, all: boolean, ids: string[]): Promise<Source[] | undefined> {
  if (ids.length) {
    return Promise.all(
      ids.map(async (id) => {
        const s = /^\d+$/.test(id) ? await store.getSource(Number(id)) : null;
        if (!s) throw inputError(`fetch: --source ${id}: no such source`);
        return s;
      }),
    );
  }
  if (all) return (await store.listSources()).filter((s) => s.enabled);
  return undefined;
}

function progressBar(io: CliIo) {
  let articles = 0;
  return (r: { added: number; duplicates: number }, done: number, total: number) => {
    articles += r.added + r.duplicates;
    const width = 30;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    io.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} sources, ${articles} new articles`,
    );
  };
}

function textSummary(s: PassSummary): string {
  const lines = [
    `${s.sources} sources in ${(s.durationMs / 1000).toFixed(1)} s: ${s.ok} fetched, ${s.notModified} not modified, ${s.failed} failed`,
    `${s.added} new articles, ${s.duplicates} copies folded, ${s.known} already known, ${s.skipped} without an article, ${s.entryErrors} entry errors${s.backlog ? `, ${s.backlog} left for the next pass` : ''}`,
  ];
  for (const r of s.reports.filter((x) => x.error))
    lines.push(`  #${r.sourceId} ${oneLine(r.url, 300)}: ${oneLine(r.error!)}`);
  return `${lines.join('\n')}\n`;
}
