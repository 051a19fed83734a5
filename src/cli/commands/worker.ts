import { loadConfig } from '../../config/settings.ts';
import type { PassSummary } from '../../jobs/run-once.ts';
import { startScheduler } from '../../jobs/scheduler.ts';
import { usageError } from '../../lib/errors.ts';
import { openStore } from '../../store/open.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

/** Runs the scheduler in the foreground. */
export const workerCommand: Command = {
  name: 'worker',
  help: `
Usage: lantern worker [--json]

Runs the monitor's scheduler in the foreground: every LANTERN_SCHEDULER_TICK_SECONDS
it polls the sources that are due (see: lantern fetch --help for what a pass does)
and logs one line per pass. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM, after the
pass in progress. lantern serve runs the same scheduler inside the portal process
(embedded mode); run workers instead when the portal runs on several machines.

Options:
  --json   log each pass as one JSON line (without the per-source reports)

Exit codes: 0 stopped, 1 bad usage, 2 internal error.
`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('worker', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError(`worker: unexpected argument ${JSON.stringify(positionals[0])}`);
    const config = loadConfig(io.env);
    const store = await openStore(config);
    const scheduler = startScheduler(store, config, undefined, {
      onPass: (s) => io.stdout.write(passLine(s, !!values.json)),
      onError: (m) => io.stderr.write(`${m}\n`),
    });
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await scheduler.stop();
    await store.close();
    return 0;
  },
};

function passLine(s: PassSummary, json: boolean): string {
  const at = new Date().toISOString();
  if (!json) {
    return `${at} ${s.sources} sources: ${s.added} new, ${s.duplicates} copies, ${s.failed} failed (${s.durationMs} ms)\n`;
  }
  const counts: Partial<PassSummary> = { ...s };
  delete counts.reports;
  return `${JSON.stringify({ at, ...counts })}\n`;
}
