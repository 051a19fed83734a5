// The one Store interface: SQLite (embedded default) and PostgreSQL implement it and share one conformance suite.

import type { Article, NewStory, Story, StoryStatus } from '../model/records.ts';
import type { AlertStore } from './alert-store.ts';
import type { AccountStore } from './roles/accounts.ts';
import type { ArticleStore } from './roles/articles.ts';
import type { KeyStore } from './roles/keys.ts';
import type { MetaStore } from './roles/meta.ts';
import type { SearchStore } from './roles/search.ts';
import type { SourceStore } from './roles/sources.ts';
import type { StoryStore } from './roles/stories.ts';

/** Search request: a query string in the usual syntax plus facet filters. */
export interface SearchQuery {
  /** words, "exact phrases", OR, -exclude, field:value */
  q: string;
  country?: string[];
  type?: string[];
  language?: string[];
  sourceId?: number[];
  from?: string;
  to?: string;
  minors?: boolean;
  incident?: boolean;
  storyId?: number;
  /** Only published articles (public surfaces). */
  publishedOnly?: boolean;
  sort?: 'relevance' | 'date';
  /** 'story': one hit per story (its lead article's credit and date), facets counted per story; default 'article'. */
  by?: 'article' | 'story';
  /** false: match words as typed, without the spelling variants of data/search/variants.json (default true). */
  variants?: boolean;
  limit?: number;
  cursor?: string;
  /** Which facets to count. */
  facets?: ('country' | 'type' | 'language' | 'source' | 'month' | 'minors' | 'incident' | 'story')[];
}

/** One search hit with a highlighted snippet (matched words between MARK_OPEN and MARK_CLOSE of search/snippet.ts). */
export interface SearchHit {
  articleId: number;
  storyId: number | null;
  title: string;
  snippet: string;
  publishedAt: string | null;
  score: number;
  /** With `by: 'story'`: the story this hit stands for (title and date are then the lead article's). */
  story?: StoryHit;
}

/** What a by-story hit says about its story: the lead article's credit, the story's countries and forms. */
export interface StoryHit {
  leadArticleId: number | null;
  slug: string;
  /** Whether the story is public, and whether it is a bundled fictional sample. */
  published: boolean;
  isSample: boolean;
  /** The outlet credited with the story (the lead article's credit, site name or host). */
  credit: string | null;
  /** The lead article's address. */
  url: string | null;
  countries: string[];
  types: string[];
  articleCount: number;
  /** Articles of the story that match the query (in the sampled window). */
  matches: number;
}

/** Search answer: hits, facet counts, total (may be an estimate past a cap) and the next page's cursor. */
export interface SearchResult {
  hits: SearchHit[];
  facets: Record<string, { value: string; count: number }[]>;
  total: number;
  totalIsEstimate: boolean;
  nextCursor: string | null;
}

/** Filters for listing stories on public pages. */
export interface StoryFilter {
  published?: boolean;
  /** Only stories of this desk status. */
  status?: StoryStatus;
  /** false: leave the bundled sample stories out (country and form pages, feeds). */
  samples?: boolean;
  /** 'urgency': highest priority first, then newest (the review queue); default newest first. */
  order?: 'recent' | 'urgency';
  country?: string;
  type?: string;
  /** Only stories whose reports say children are (true) or are not (false) among those affected. */
  minors?: boolean;
  /** Only stories of a specific case (true) or general reports (false). */
  incident?: boolean;
  /** Only stories with a report in this language (ISO 639-1). */
  language?: string;
  from?: string;
  to?: string;
  limit?: number;
  /** Opaque cursor from the previous page. */
  cursor?: string;
}

/** Counts per month for trend charts. */
export interface MonthlyCount {
  /** YYYY-MM, or '' for undated (a date in the future). */
  month: string;
  key: string;
  count: number;
}

/** How a new article is filed with it, in the same transaction (see Store.fileArticle). */
export interface Filing {
  /** LSH band keys to index it under (near copies and story neighbours). */
  lshKeys: string[];
  /**
   * Its story, or null for none: join `joinId` when that story exists (the patch is computed from the story as
   * read inside the transaction), else start a new one led by the article.
   */
  story: {
    joinId: number | null;
    join: (story: Story, article: Article) => Partial<Omit<Story, 'id'>>;
    create: (article: Article) => NewStory;
    /**
     * Other stories the article shows to be the same incident (reports that arrived out of order): their articles
     * move into its story, `combine` patches that story with each, and they are deleted, in the same transaction.
     */
    mergeIds?: number[];
    combine?: (into: Story, from: Story) => Partial<Omit<Story, 'id'>>;
  } | null;
  /** Stored articles found to be copies of this one: they and their own copies point at it (credit moves). */
  repoint?: number[];
}

/** What fileArticle did: the stored article, whether it was new, and its story. */
export interface FilingResult {
  article: Article;
  created: boolean;
  storyId: number | null;
}

/** Per-host politeness shared by every worker on one database (start slots and the robots.txt cache). */
export interface HostSlots {
  /**
   * Claims a request start for a host whose next start has passed, holding the host for at most `holdMs` until
   * release: `token` when claimed, else `waitMs` before the next try.
   */
  claimStart(host: string, holdMs: number): Promise<{ token: string } | { waitMs: number }>;
  /** Ends a claim once its answer begins: the host's next start is `spacingMs` from now. */
  releaseStart(host: string, token: string, spacingMs: number): Promise<void>;
  /** An origin's cached robots.txt rules (as stored by putRobots) while fresh, else null. */
  getRobots(origin: string): Promise<string | null>;
  /** Caches an origin's robots.txt rules for `ttlMs`. */
  putRobots(origin: string, rules: string, ttlMs: number): Promise<void>;
}

/** Everything Lantern keeps. Every method may throw LanternError('input') for bad arguments. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Whether workers on several machines may share this store (then they share host politeness through `hosts`). */
  readonly sharedByMachines: boolean;
  /** Host politeness shared across processes and machines. */
  readonly hosts: HostSlots;
  /** Saved searches people follow, and their deliveries. */
  readonly alerts: AlertStore;
  /** Feeds and sites polled, and per-entry back-off. */
  readonly sources: SourceStore;
  /** Desk users, sessions and the audit log. */
  readonly accounts: AccountStore;
  /** API keys and their uses. */
  readonly keys: KeyStore;
  /** Settings, migrations, backup and restore. */
  readonly meta: MetaStore;
  /** Articles, their near-copy buckets, purges and tombstones. */
  readonly articles: ArticleStore;
  /** Stories and their trend counts. */
  readonly stories: StoryStore;
  /** Full-text search. */
  readonly search: SearchStore;
  close(): Promise<void>;

  /**
   * Runs `fn` with a store whose every call belongs to one transaction holding the placement lock (SQLite: the
   * write lock; PostgreSQL: an advisory lock), so deciding where an article goes (is it known, a copy, which
   * story?) and filing it cannot interleave with another process doing the same.
   */
  placing<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}
