import { loadConfig } from '../../config/settings.ts';
import { runPass } from '../../jobs/run-once.ts';
import { skippedSources } from '../../jobs/skipped.ts';
import { inputError, usageError } from '../../lib/errors.ts';
import type { Source } from '../../model/records.ts';
import { pipelineContext } from '../../pipeline/context.ts';
import { openStore } from '../../store/open.ts';
import type { Store } from '../../store/store.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliIo, Command } from '../command.ts';
import { passText, progressLine } from '../pass-text.ts';

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
  --json        print a JSON summary (counts, one report per source, and the
                skipped sources with why) instead of the progress bar and text

The summary says which sources were skipped and why: disabled, in back-off after
failures (until when, and the last error), refused by robots.txt, or not due yet.
Counters: new articles (that started a story, joined one, or are not about
trafficking), copies folded into their originals' stories (a copy fetched before
its original counts when the original arrives), already stored, entries without an
article. On a terminal a progress bar runs on standard error; nothing when piped.

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
      // Listed before the pass: a source it fetches moves its next attempt on.
      const before = values.source?.length ? [] : await store.sources.list();
      const now = new Date().toISOString();
      const ctx = pipelineContext(store, config);
      const progress = io.isTTY && !values.json ? progressBar(io) : undefined;
      const summary = await runPass(ctx, { sources, onReport: progress }).finally(() => ctx.cpu.close());
      if (progress) io.stderr.write('\n');
      const skipped = skippedSources(before, summary.reports, now);
      io.stdout.write(
        values.json
          ? `${JSON.stringify({ ...summary, skippedSources: skipped }, null, 2)}\n`
          : passText(summary, skipped),
      );
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
        const s = /^\d+$/.test(id) ? await store.sources.get(Number(id)) : null;
        if (!s) throw inputError(`fetch: --source ${id}: no such source`);
        return s;
      }),
    );
  }
  if (all) return (await store.sources.list()).filter((s) => s.enabled);
  return undefined;
}

function progressBar(io: CliIo) {
  let articles = 0;
  return (r: { added: number; duplicates: number }, done: number, total: number) => {
    articles += r.added + r.duplicates;
    io.stderr.write(progressLine(done, total, articles));
  };
}
