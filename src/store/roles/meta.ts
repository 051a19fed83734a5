// The meta role of the store: settings, the schema's migrations, backups and restores.

/** Settings kept in the database, the schema version and whole-store snapshots. */
export interface MetaStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  /** Applies pending migrations; refuses a database newer than this binary. */
  migrate(): Promise<{ from: number; to: number }>;
  /** The schema version recorded in the database (0 when empty). */
  schemaVersion(): Promise<number>;
  /**
   * Writes a consistent snapshot while the store is in use; an existing file is replaced only with `force`, and
   * the live database never.
   */
  backup(file: string, opts?: { force?: boolean }): Promise<void>;
  /** Loads a backup written by `backup` into this empty, migrated store, all or nothing; returns the rows read. */
  restore(file: string): Promise<{ rows: number }>;
}
