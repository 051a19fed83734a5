// `lantern worker`: the scheduler in the foreground, with structured logs, until SIGINT/SIGTERM.
import { loadConfig } from '../../config/settings.ts';
import { startScheduler } from '../../jobs/scheduler.ts';
import { usageError } from '../../lib/errors.ts';
import { opsRuntime } from '../../ops/runtime.ts';
import { openStore } from '../../store/open.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { VERSION } from '../main.ts';

/** Runs the scheduler in the foreground. */
export const workerCommand: Command = {
  name: 'worker',
  help: `
Usage: lantern worker

Runs the monitor's scheduler in the foreground: every LANTERN_SCHEDULER_TICK_SECONDS
it polls the sources that are due (see: lantern fetch --help for what a pass does).
Stops cleanly on Ctrl-C (SIGINT) or SIGTERM, after the pass in progress. lantern
serve runs the same scheduler inside the portal process (embedded mode); run
workers instead when the portal runs on several machines.

Logs: one JSON object a line on standard output (pino): startup, each poll, each
failed poll (with its error code and next attempt), each article published, one
line per pass with its counts, shutdown. No article titles or text are logged.
LANTERN_LOG_LEVEL picks the level (fatal, error, warn, info (default), debug,
trace, silent). --json is accepted for older scripts: every line is JSON anyway.

Exit codes: 0 stopped, 1 bad usage, 2 internal error.
`,
  async run(argv, io) {
    const { positionals } = parseCommandArgs('worker', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError(`worker: unexpected argument ${JSON.stringify(positionals[0])}`);
    const config = loadConfig(io.env);
    const store = await openStore(config);
    try {
      const ops = opsRuntime(config, io.stdout, 'worker', store, false);
      ops.log.info(
        { event: 'start', store: store.dialect, tickSeconds: config.schedulerTickSeconds, version: VERSION },
        'worker started',
      );
      const scheduler = startScheduler(store, config, undefined, ops.scheduler);
      const signal = await new Promise<string>((resolve) => {
        process.once('SIGINT', () => resolve('SIGINT'));
        process.once('SIGTERM', () => resolve('SIGTERM'));
      });
      ops.log.info({ event: 'shutdown', signal }, `${signal}, stopping after the pass in progress`);
      await scheduler.stop();
      ops.log.info({ event: 'stop' }, 'stopped');
    } finally {
      await store.close();
    }
    return 0;
  },
};
