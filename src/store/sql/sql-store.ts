// The Store over any Db + Dialect: one query layer, dialect differences kept in the dialect files.

import { inputError } from '../../lib/errors.ts';
import type { Article, NewArticle, NewStory, Story, Tombstone } from '../../model/records.ts';
import type { AlertStore } from '../alert-store.ts';
import type { AccountStore } from '../roles/accounts.ts';
import type { KeyStore } from '../roles/keys.ts';
import type { MetaStore } from '../roles/meta.ts';
import type { SourceStore } from '../roles/sources.ts';
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
} from '../store.ts';
import * as articles from './articles.ts';
import type { Db } from './db.ts';
import type { Dialect } from './dialect.ts';
import { fileArticle } from './filing.ts';
import { hostSlots } from './hosts.ts';
import { accountRole, alertRole, type BackupWriter, keyRole, metaRole, sourceRole } from './roles.ts';
import { purgeArticles, removeSamples } from './samples.ts';
import * as stories from './stories.ts';

/** A Store on a Db connection and a Dialect. */
export class SqlStore implements Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly sharedByMachines: boolean;
  readonly hosts: HostSlots;
  readonly alerts: AlertStore;
  readonly sources: SourceStore;
  readonly accounts: AccountStore;
  readonly keys: KeyStore;
  readonly meta: MetaStore;

  constructor(
    readonly db: Db,
    readonly sql: Dialect,
    private readonly backupWriter: BackupWriter,
  ) {
    this.dialect = sql.name;
    this.sharedByMachines = sql.sharedByMachines;
    this.hosts = hostSlots(db, sql);
    this.alerts = alertRole(db);
    this.sources = sourceRole(db, sql);
    this.accounts = accountRole(db);
    this.keys = keyRole(db);
    this.meta = metaRole(db, sql, backupWriter);
  }

  close(): Promise<void> {
    return this.db.close();
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
}
