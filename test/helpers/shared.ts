// Locates ../shared (benchmarks and data) beside the project; absent on a user's machine.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/lib/paths.ts';

/** The shared folder, or null when this checkout has none beside it. */
export const SHARED: string | null = existsSync(join(ROOT, '..', 'shared', 'eval')) ? join(ROOT, '..', 'shared') : null;
