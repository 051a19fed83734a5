// Opening the configured store for a command, and closing it whatever happens.
import { loadConfig } from '../config/settings.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import type { CliIo } from './command.ts';

/** Runs fn with the store the environment configures (LANTERN_DATA_DIR / LANTERN_DATABASE_URL). */
export async function withStore<T>(
  io: CliIo,
  fn: (store: Store) => Promise<T>,
  opts: { migrate?: boolean } = {},
): Promise<T> {
  const store = await openStore(loadConfig(io.env), opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
