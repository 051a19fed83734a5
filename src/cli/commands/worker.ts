// `lantern worker`: the scheduler in the foreground, with structured logs, until SIGINT/SIGTERM.
import { loadConfig } from '../../config/settings.ts';
import { startScheduler } from '../../jobs/scheduler.ts';
import { usageError } from '../../lib/errors.ts';
import { type OpsServer, startOpsServer } from '../../ops/ops-server.ts';
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

Operators: with LANTERN_WORKER_PORT set, the worker serves GET /healthz (200 when
the store answers, else 503) and, with LANTERN_METRICS=true, GET /metrics
(Prometheus: polls, errors, passes, analysis time) on LANTERN_WORKER_HOST
(127.0.0.1 by default). /metrics answers loopback clients, or others that send
LANTERN_METRICS_TOKEN as a bearer token, as the portal's does.

Exit codes: 0 stopped, 1 bad usage, 2 internal error.
`,
  async run(argv, io) {
    const { positionals } = parseCommandArgs('worker', argv, { json: { type: 'boolean' } });
    if (positionals.length) throw usageError(`worker: unexpected argument ${JSON.stringify(positionals[0])}`);
    const config = loadConfig(io.env);
    const store = await openStore(config);
    let opsServer: OpsServer | null = null;
    try {
      const ops = opsRuntime(config, io.stdout, 'worker', store, config.metrics && config.workerPort > 0);
      if (config.workerPort > 0) {
        opsServer = await startOpsServer(config.workerHost, config.workerPort, {
          ping: () => store.sources.get(0),
          dialect: store.dialect,
          metrics: ops.metrics,
          metricsToken: config.metricsToken,
        });
      }
      ops.log.info(
        {
          event: 'start',
          store: store.dialect,
          tickSeconds: config.schedulerTickSeconds,
          ops: opsServer?.url ?? null,
          metrics: ops.metrics ? (config.metricsToken ? 'loopback+token' : 'loopback') : 'off',
          version: VERSION,
        },
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
      await opsServer?.close();
      await store.close();
    }
    return 0;
  },
};
