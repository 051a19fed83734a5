// The Store over any Db + Dialect: one query layer, dialect differences kept in the dialect files.

import { inputError } from '../../lib/errors.ts';
import type {
  ApiKey,
  Article,
  AuditEvent,
  NewArticle,
  NewSource,
  NewStory,
  Role,
  SavedSearch,
  Session,
  Source,
  Story,
  Tombstone,
  User,
} from '../../model/records.ts';
import type { AlertStore } from '../alert-store.ts';
import { currentVersion, runMigrations } from '../migrations.ts';
import { readBackup } from '../restore.ts';
import { runSearch } from '../search/search.ts';
import type {
  Filing,
  FilingResult,
  HostSlots,
  MonthlyCount,
  SearchQuery,
  SearchResult,
  Store,
  StoryFilter,
  UserPatch,
} from '../store.ts';
import * as al from './alerts.ts';
import * as apiKeys from './api-keys.ts';
import * as articles from './articles.ts';
import type { Db } from './db.ts';
import type { Dialect } from './dialect.ts';
import type { EntryFailure } from './entries.ts';
import * as entries from './entries.ts';
import { fileArticle } from './filing.ts';
import { hostSlots } from './hosts.ts';
import * as people from './people.ts';
import { purgeArticles, removeSamples } from './samples.ts';
import * as sources from './sources.ts';
import * as stories from './stories.ts';

/** Writes a backup of a store to a file (see ../backup.ts). */
export type BackupWriter = (store: SqlStore, file: string, opts: { force?: boolean }) => Promise<void>;

/** A Store on a Db connection and a Dialect. */
export class SqlStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly sharedByMachines: boolean;
  readonly hosts: HostSlots;
  readonly alerts: AlertStore;

  constructor(
    readonly db: Db,
    readonly sql: Dialect,
    private readonly backupWriter: BackupWriter,
  ) {
    this.dialect = sql.name;
    this.sharedByMachines = sql.sharedByMachines;
    this.hosts = hostSlots(db, sql);
    this.alerts = alertRole(db);
  }

  migrate(): Promise<{ from: number; to: number }> {
    return runMigrations(this.db, this.sql);
  }
  close(): Promise<void> {
    return this.db.close();
  }

  addSource(s: NewSource): Promise<Source> {
    return sources.addSource(this.db, s);
  }
  addSources(list: NewSource[]): Promise<{ added: Source[]; skipped: number }> {
    return sources.addSources(this.db, list);
  }
  getSource(id: number): Promise<Source | null> {
    return sources.getSource(this.db, id);
  }
  getSourceByUrl(url: string): Promise<Source | null> {
    return sources.getSourceByUrl(this.db, url);
  }
  listSources(opts?: { broken?: boolean }): Promise<Source[]> {
    return sources.listSources(this.db, opts);
  }
  updateSource(id: number, patch: Partial<Omit<Source, 'id' | 'createdAt'>>): Promise<void> {
    return sources.updateSource(this.db, id, patch);
  }
  removeSource(id: number): Promise<boolean> {
    return sources.removeSource(this.db, id);
  }
  dueSources(now: string, limit: number): Promise<Source[]> {
    return sources.dueSources(this.db, now, limit);
  }
  claimDueSources(now: string, leaseSeconds: number, limit: number): Promise<Source[]> {
    return sources.claimDueSources(this.db, this.sql, now, leaseSeconds, limit);
  }

  addArticle(a: NewArticle): Promise<{ article: Article; created: boolean }> {
    return articles.addArticle(this.db, this.sql, a);
  }
  addArticles(list: NewArticle[]): Promise<number[]> {
    return articles.addArticles(this.db, this.sql, list);
  }
  fileArticle(a: NewArticle, filing: Filing): Promise<FilingResult> {
    return fileArticle(this.db, this.sql, a, filing);
  }
  placing<T>(fn: (store: Store) => Promise<T>): Promise<T> {
    return this.db.tx(async (t) => {
      await this.sql.placementLock(t);
      return fn(new SqlStore(t, this.sql, this.backupWriter));
    });
  }
  getArticle(id: number): Promise<Article | null> {
    return articles.getArticle(this.db, id);
  }
  findArticleByUrl(url: string): Promise<Article | null> {
    return articles.findArticleByUrl(this.db, url);
  }
  findArticleByHash(hash: string): Promise<Article | null> {
    return articles.findArticleByHash(this.db, hash);
  }
  updateArticle(
    id: number,
    patch: Partial<Pick<Article, 'storyId' | 'duplicateOf' | 'status' | 'analysis'>>,
  ): Promise<void> {
    return articles.updateArticle(this.db, this.sql, id, patch);
  }
  countArticles(): Promise<number> {
    return articles.countArticles(this.db);
  }
  entriesInBackoff(urls: string[], now: string): Promise<{ url: string; failures: number }[]> {
    return entries.entriesInBackoff(this.db, urls, now);
  }
  noteEntryFailure(f: EntryFailure, retryAt: (failures: number) => string) {
    return entries.noteEntryFailure(this.db, f, retryAt);
  }
  addLshKeys(articleId: number, keys: string[]): Promise<void> {
    return articles.addLshKeys(this.db, articleId, keys);
  }
  lshCandidates(keys: string[], limit: number, perKey?: number): Promise<number[]> {
    return articles.lshCandidates(this.db, keys, limit, perKey);
  }

  addStory(s: NewStory): Promise<Story> {
    return stories.addStory(this.db, s);
  }
  getStory(id: number): Promise<Story | null> {
    return stories.getStory(this.db, id);
  }

  getStories(ids: number[]): Promise<Story[]> {
    return stories.getStories(this.db, ids);
  }
  getStoryBySlug(slug: string): Promise<Story | null> {
    return stories.getStoryBySlug(this.db, slug);
  }
  updateStory(id: number, patch: Partial<Omit<Story, 'id'>>): Promise<void> {
    return stories.updateStory(this.db, id, patch);
  }
  listStories(filter: StoryFilter): Promise<{ stories: Story[]; nextCursor: string | null }> {
    return stories.listStories(this.db, filter ?? {});
  }
  storyArticles(storyId: number): Promise<Article[]> {
    return articles.storyArticles(this.db, storyId);
  }
  recentStories(since: string, limit: number): Promise<Story[]> {
    return stories.recentStories(this.db, since, limit);
  }
  storiesPerMonth(
    by: 'type' | 'country' | 'total',
    opts?: { from?: string; to?: string; country?: string; type?: string; now?: string },
  ): Promise<MonthlyCount[]> {
    return stories.storiesPerMonth(this.db, by, opts);
  }
  countryCounts(): Promise<{ country: string; count: number }[]> {
    return stories.countryCounts(this.db);
  }
  formCounts(): Promise<{ type: string; count: number }[]> {
    return stories.formCounts(this.db);
  }
  getArticles(q: { ids?: number[]; storyIds?: number[]; text?: boolean }): Promise<Article[]> {
    return articles.getArticles(this.db, q);
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return runSearch(this.db, this.sql, query);
  }

  addTombstones(list: Omit<Tombstone, 'at'>[], at?: string): Promise<number> {
    return stories.addTombstones(this.db, list, at ?? new Date().toISOString());
  }
  findTombstones(q: { urls?: string[]; hashes?: string[] }): Promise<Tombstone[]> {
    return stories.findTombstones(this.db, q);
  }
  async purgeArticles(ids: number[]): Promise<number> {
    if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id)))
      throw inputError('article ids: expected integers');
    return this.db.tx((t) => purgeArticles(t, this.sql, ids));
  }
  removeSamples(): Promise<{ stories: number; articles: number }> {
    return removeSamples(this.db, this.sql);
  }

  addUser(u: { email: string; name: string; role: Role; passwordHash: string }): Promise<User> {
    return people.addUser(this.db, u);
  }
  getUser(id: number): Promise<User | null> {
    return people.getUser(this.db, id);
  }
  getUserByEmail(email: string): Promise<User | null> {
    return people.getUserByEmail(this.db, email);
  }
  listUsers(): Promise<User[]> {
    return people.listUsers(this.db);
  }
  updateUser(id: number, patch: UserPatch): Promise<void> {
    return people.updateUser(this.db, id, patch);
  }
  removeUser(id: number): Promise<boolean> {
    return people.removeUser(this.db, id);
  }
  recordLoginFailure(id: number, opts: { max: number; lockUntil: string }): Promise<User | null> {
    return people.recordLoginFailure(this.db, id, opts);
  }
  deleteUserSessions(userId: number, keep?: string): Promise<number> {
    return people.deleteUserSessions(this.db, userId, keep);
  }
  listUserSessions(userId: number): Promise<Session[]> {
    return people.listUserSessions(this.db, userId);
  }
  touchSession(idHash: string, at: string): Promise<void> {
    return people.touchSession(this.db, idHash, at);
  }
  addSession(s: Session): Promise<void> {
    return people.addSession(this.db, s);
  }
  getSession(idHash: string): Promise<Session | null> {
    return people.getSession(this.db, idHash);
  }
  deleteSession(idHash: string): Promise<void> {
    return people.deleteSession(this.db, idHash);
  }
  deleteExpiredSessions(now: string): Promise<number> {
    return people.deleteExpiredSessions(this.db, now);
  }
  addAudit(e: Omit<AuditEvent, 'id' | 'at'> & { at?: string }): Promise<void> {
    return people.addAudit(this.db, e);
  }
  listAudit(opts: { limit: number; before?: number }): Promise<AuditEvent[]> {
    return people.listAudit(this.db, opts);
  }
  addSavedSearch(s: Omit<SavedSearch, 'id' | 'createdAt' | 'lastAlertAt'>): Promise<SavedSearch> {
    return people.addSavedSearch(this.db, s);
  }
  listSavedSearches(userId: number): Promise<SavedSearch[]> {
    return people.listSavedSearches(this.db, userId);
  }
  removeSavedSearch(id: number, userId: number): Promise<boolean> {
    return people.removeSavedSearch(this.db, id, userId);
  }
  addApiKey(k: { name: string; keyHash: string; prefix: string; ratePerMin: number | null }): Promise<ApiKey> {
    return apiKeys.addApiKey(this.db, k);
  }
  listApiKeys(day: string): Promise<(ApiKey & { usesOnDay: number })[]> {
    return apiKeys.listApiKeys(this.db, day);
  }
  getApiKeyByHash(keyHash: string): Promise<ApiKey | null> {
    return apiKeys.getApiKeyByHash(this.db, keyHash);
  }
  revokeApiKey(id: number, at?: string): Promise<boolean> {
    return apiKeys.revokeApiKey(this.db, id, at ?? new Date().toISOString());
  }
  countApiKeyUse(id: number, at: string): Promise<void> {
    return apiKeys.countApiKeyUse(this.db, id, at);
  }
  getMeta(key: string): Promise<string | null> {
    return people.getMeta(this.db, key);
  }
  setMeta(key: string, value: string): Promise<void> {
    return people.setMeta(this.db, key, value);
  }

  schemaVersion(): Promise<number> {
    return currentVersion(this.db);
  }
  restore(file: string): Promise<{ rows: number }> {
    return readBackup(this.db, this.sql, file);
  }
  backup(file: string, opts: { force?: boolean } = {}): Promise<void> {
    return this.backupWriter(this, file, opts);
  }
}

function alertRole(db: Db): AlertStore {
  return {
    add: (a) => al.addAlert(db, a),
    list: (owner) => al.listAlerts(db, owner),
    get: (id) => al.getAlert(db, id),
    byToken: (token) => al.getAlertByToken(db, token),
    remove: (id, owner) => al.removeAlert(db, id, owner),
    unsubscribeEmail: (token) => al.unsubscribeEmail(db, token),
    unseenStories: (limit) => al.unseenStories(db, limit),
    recordMatches: (seen, matches, at) => al.recordMatches(db, seen, matches, at),
    claimSends: (c) => al.claimSends(db, c),
    markSent: (s, at) => al.markSent(db, s, at),
    markFailed: (s, error, retryAt) => al.markFailed(db, s, error, retryAt),
    listSends: (state, limit) => al.listSends(db, state, limit),
    matches: (alertId, limit) => al.alertMatches(db, alertId, limit),
    markEmailed: (alertId, at) => al.markEmailed(db, alertId, at),
  };
}
