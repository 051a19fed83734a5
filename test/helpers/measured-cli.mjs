// Runs the CLI in this process and prints its peak memory and CPU time as the last line of stderr, so tests can
// bound a hostile case against a normal one (ratios of the same measure, never wall-clock limits).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../../src/cli/main.ts');
const code = await main(process.argv.slice(2));
const u = process.resourceUsage();
process.stderr.write(
  `\n@@usage ${JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })}\n`,
);
process.exitCode = code;
