// The articles role of the store: reports as fetched, how they are filed, their near-copy index and removals.
import type { Article, NewArticle, Tombstone } from '../../model/records.ts';
import type { Filing, FilingResult } from '../store.ts';

/** What may change on a stored article. */
export type ArticlePatch = Partial<Pick<Article, 'storyId' | 'duplicateOf' | 'status' | 'analysis'>>;

/** Articles, their LSH buckets and tombstones. */
export interface ArticleStore {
  /** Inserts an article unless one with the same canonical URL exists; returns it and whether it was new. */
  add(article: NewArticle): Promise<{ article: Article; created: boolean }>;
  /** Bulk insert for imports and benchmarks (one transaction); returns ids in order. */
  addMany(articles: NewArticle[]): Promise<number[]>;
  /**
   * Stores a new article with its LSH keys and its story in one transaction (all or nothing); a known canonical
   * URL writes nothing and returns the stored article with created: false.
   */
  file(article: NewArticle, filing: Filing): Promise<FilingResult>;
  get(id: number): Promise<Article | null>;
  byUrl(canonicalUrl: string): Promise<Article | null>;
  byHash(contentHash: string): Promise<Article | null>;
  update(id: number, patch: ArticlePatch): Promise<void>;
  count(): Promise<number>;
  /** Articles by id, or every article of these stories (one query; at most 1000 ids); ordered by id.
   * `text: false` leaves each article's text out (empty), for readers that need only the rest (exports). */
  getMany(q: { ids?: number[]; storyIds?: number[]; text?: boolean }): Promise<Article[]>;
  /** The articles of one story. */
  ofStory(storyId: number): Promise<Article[]>;
  /** LSH buckets for near-duplicate lookup: store an article's band keys. */
  addLshKeys(articleId: number, keys: string[]): Promise<void>;
  /** Articles sharing any band key, most shared first; reads only the newest `perKey` entries of each bucket. */
  lshCandidates(keys: string[], limit: number, perKey?: number): Promise<number[]>;
  /** Deletes articles for good (a story removed for safety): rows, search index entries and LSH keys; returns how many. */
  purge(ids: number[]): Promise<number>;
  /** Records tombstones of removed articles (URL and content hash); known ones are kept; returns how many were new. */
  addTombstones(list: Omit<Tombstone, 'at'>[], at?: string): Promise<number>;
  /** The tombstones among these canonical URLs and content hashes (fetching and filing skip them). */
  findTombstones(q: { urls?: string[]; hashes?: string[] }): Promise<Tombstone[]>;
}
