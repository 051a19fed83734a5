// The sources role of the store: the feeds and sites Lantern polls, and the entries that keep failing.
import type { NewSource, Source } from '../../model/records.ts';
import type { EntryFailure } from '../sql/entries.ts';

/** Sources, their polling schedule and per-entry back-off. */
export interface SourceStore {
  add(source: NewSource): Promise<Source>;
  /** Adds several sources in one transaction (all or none); URLs already present are skipped and counted. */
  addMany(sources: NewSource[]): Promise<{ added: Source[]; skipped: number }>;
  get(id: number): Promise<Source | null>;
  byUrl(url: string): Promise<Source | null>;
  list(opts?: { broken?: boolean }): Promise<Source[]>;
  update(id: number, patch: Partial<Omit<Source, 'id' | 'createdAt'>>): Promise<void>;
  remove(id: number): Promise<boolean>;
  /** Enabled sources whose nextFetchAt is at or before `now`, oldest first. */
  due(now: string, limit: number): Promise<Source[]>;
  /**
   * Claims due sources for one worker: their nextFetchAt moves to now + leaseSeconds in the same statement, so
   * other workers skip them (the dialect's skip-locked clause); the poll then sets the real next time.
   */
  claimDue(now: string, leaseSeconds: number, limit: number): Promise<Source[]>;
  /** Of these entry URLs, those still in back-off after earlier failures, with their failure counts. */
  entriesInBackoff(urls: string[], now: string): Promise<{ url: string; failures: number }[]>;
  /** Records a failed entry; `retryAt(failures)` is its next attempt time (ISO) after that many failures. */
  noteEntryFailure(
    failure: EntryFailure,
    retryAt: (failures: number) => string,
  ): Promise<{ failures: number; nextAttemptAt: string }>;
}
