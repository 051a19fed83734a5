// Runs bin/lantern's code under test/helpers/measured-cli.mjs: exit code, output, peak memory and CPU time.
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { ROOT } from '../../src/lib/paths.ts';

/** A finished, measured CLI run. */
export interface MeasuredRun {
  code: number | null;
  stdout: string;
  stderr: string;
  maxRssMb: number;
  cpuMs: number;
}

/** Runs `lantern args` with stdin from a string or a stream; killed after `timeoutMs` (a bound, not a measure). */
export function measureCli(
  args: string[],
  stdin: string | Readable = '',
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 120_000,
): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['test/helpers/measured-cli.mjs', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => {
      if (stdout.length < 1_000_000) stdout += d;
    });
    child.stderr.on('data', (d) => {
      if (stderr.length < 1_000_000) stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const m = /@@usage (\{.*\})\s*$/.exec(stderr);
      const usage = m ? (JSON.parse(m[1]!) as { maxRssKb: number; cpuMs: number }) : { maxRssKb: -1, cpuMs: -1 };
      resolve({
        code,
        stdout,
        stderr: m ? stderr.slice(0, m.index).trimEnd() : stderr,
        maxRssMb: usage.maxRssKb / 1024,
        cpuMs: usage.cpuMs,
      });
    });
    child.stdin.on('error', () => {});
    if (typeof stdin === 'string') child.stdin.end(stdin);
    else stdin.pipe(child.stdin);
  });
}
