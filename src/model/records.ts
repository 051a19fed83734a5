// Plain types for what the Store keeps: sources, articles, stories, users, sessions, audit events, saved searches.
import type { Analysis, ExploitationForm } from './analysis.ts';

/** Feed formats and page kinds a source can be. */
export type SourceKind = 'rss' | 'atom' | 'rdf' | 'jsonfeed' | 'sitemap' | 'page' | 'auto';

/** A monitored source; failures live on its row. */
export interface Source {
  id: number;
  url: string;
  kind: SourceKind;
  name: string | null;
  /** Name used in the "Article from: <credit>" line. */
  creditName: string | null;
  language: string | null;
  country: string | null;
  enabled: boolean;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  nextFetchAt: string;
  errorCount: number;
  lastError: string | null;
  lastErrorAt: string | null;
  createdAt: string;
}

/** Fields accepted when adding a source. */
export type NewSource = Pick<Source, 'url'> & Partial<Omit<Source, 'id' | 'url' | 'createdAt'>>;

/** Editorial state of an article. */
export type ArticleStatus = 'new' | 'review' | 'published' | 'rejected';

/** One stored article with its extracted text and analysis. */
export interface Article {
  id: number;
  sourceId: number | null;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  byline: string | null;
  siteName: string | null;
  sourceCredit: string | null;
  image: string | null;
  language: string | null;
  publishedAt: string | null;
  fetchedAt: string;
  /** Hex SHA-256 of normalised text: exact duplicates. */
  contentHash: string;
  /** Hex 64-bit SimHash of the text: near duplicates. */
  simhash: string | null;
  storyId: number | null;
  /** Set when this article is a near/exact copy of another one. */
  duplicateOf: number | null;
  status: ArticleStatus;
  analysis: Analysis | null;
  /** Fictional sample data shipped with Lantern, marked as such wherever shown. */
  isSample: boolean;
}

/** Fields accepted when adding an article (ids and defaults are the store's). */
export type NewArticle = Omit<Article, 'id' | 'storyId' | 'duplicateOf' | 'status' | 'fetchedAt' | 'isSample'> &
  Partial<Pick<Article, 'storyId' | 'duplicateOf' | 'status' | 'fetchedAt' | 'isSample'>>;

/** Articles about the same incident across outlets and days. */
export interface Story {
  id: number;
  title: string;
  /** Slug for URLs. */
  slug: string;
  leadArticleId: number | null;
  firstSeenAt: string;
  lastSeenAt: string;
  articleCount: number;
  countries: string[];
  types: ExploitationForm[];
  relevance: number;
  minors: boolean | null;
  victims: number | null;
  incident: boolean;
  /** Kept equal to status === 'published' by the store (every public query reads it). */
  published: boolean;
  publishedAt: string | null;
  isSample: boolean;
  /** Where the story stands on the desk (see src/desk/types.ts). */
  status: StoryStatus;
  /** Editor's public title and summary (null: the lead's title, redacted; no summary). */
  publicTitle: string | null;
  publicSummary: string | null;
  /** A visible correction note on the public page, and when it was made. */
  correction: string | null;
  correctedAt: string | null;
  /** The story this one was merged into (its slug redirects there). */
  mergedInto: number | null;
  /** Review urgency tier (minors, privacy flags, victims, language flags); recency breaks ties. */
  priority: number;
}

/** Where a story stands: waiting, public, turned down, taken down for safety, or folded into another story. */
export type StoryStatus = 'review' | 'published' | 'rejected' | 'removed' | 'merged';

/** Every story status, in the order the desk lists them. */
export const STORY_STATUSES: readonly StoryStatus[] = ['review', 'published', 'rejected', 'removed', 'merged'];

/** Story fields the store fills in when a new story leaves them out. */
export type EditorialFields =
  | 'status'
  | 'publicTitle'
  | 'publicSummary'
  | 'correction'
  | 'correctedAt'
  | 'mergedInto'
  | 'priority';

/** Fields accepted when adding a story (editorial fields default: status from `published`, the rest empty). */
export type NewStory = Omit<Story, 'id' | EditorialFields> & Partial<Pick<Story, EditorialFields>>;

/** A removed story's article, kept so it is never fetched or filed again. */
export interface Tombstone {
  /** 'url': a canonical URL; 'hash': a content hash. */
  kind: 'url' | 'hash';
  value: string;
  storyId: number | null;
  reason: string;
  at: string;
}

/** Account roles: viewers read the desk, editors also act on stories, admins also read the audit log. */
export type Role = 'admin' | 'editor' | 'viewer';

/** Every role, least to most allowed. */
export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

/** A user account; the password hash never leaves the store layer except for verification. */
export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  createdAt: string;
  disabled: boolean;
  /** Wrong passwords since the last sign-in or lockout. */
  failedLogins: number;
  /** Sign-in refused until then (after too many wrong passwords), or null. */
  lockedUntil: string | null;
}

/** A login session (the id is a random token; only its hash is stored). */
export interface Session {
  idHash: string;
  userId: number;
  createdAt: string;
  expiresAt: string;
  csrfToken: string;
  /** Last request seen on it (updated at most once a minute), or null. */
  lastSeenAt?: string | null;
  /** The browser's User-Agent at sign-in (cut to 200 characters), or null. */
  userAgent?: string | null;
}

/** Who did what, when. */
export interface AuditEvent {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown> | null;
}

/** A key for the JSON API; the key itself is shown once when made, and only its SHA-256 is kept. */
export interface ApiKey {
  id: number;
  name: string;
  /** The key's first characters, to tell keys apart in lists. */
  prefix: string;
  /** Requests per minute allowed (null: the server's default for keys). */
  ratePerMin: number | null;
  createdAt: string;
  revokedAt: string | null;
  /** Requests made with it, all time. */
  uses: number;
  lastUsedAt: string | null;
}
