// The stored fields of every record type and how each is kept.
import type { Article, AuditEvent, Session, Source, Story, Tombstone, User } from '../../model/records.ts';
import type { ColumnsOf } from './columns.ts';

/** sources table. */
export const SOURCE: ColumnsOf<Source> = {
  id: 'int',
  url: 'text',
  kind: 'text',
  name: 'text',
  creditName: 'text',
  language: 'text',
  country: 'text',
  enabled: 'bool',
  etag: 'text',
  lastModified: 'text',
  lastFetchedAt: 'text',
  nextFetchAt: 'text',
  errorCount: 'int',
  lastError: 'text',
  lastErrorAt: 'text',
  createdAt: 'text',
};

/** articles table. */
export const ARTICLE: ColumnsOf<Article> = {
  id: 'int',
  sourceId: 'int',
  url: 'text',
  canonicalUrl: 'text',
  title: 'text',
  text: 'text',
  byline: 'text',
  siteName: 'text',
  sourceCredit: 'text',
  image: 'text',
  language: 'text',
  publishedAt: 'text',
  fetchedAt: 'text',
  contentHash: 'text',
  simhash: 'text',
  storyId: 'int',
  duplicateOf: 'int',
  status: 'text',
  analysis: 'json',
  isSample: 'bool',
};

/** stories table. */
export const STORY: ColumnsOf<Story> = {
  id: 'int',
  title: 'text',
  slug: 'text',
  leadArticleId: 'int',
  firstSeenAt: 'text',
  lastSeenAt: 'text',
  articleCount: 'int',
  countries: 'json',
  types: 'json',
  relevance: 'real',
  minors: 'nbool',
  victims: 'int',
  incident: 'bool',
  published: 'bool',
  publishedAt: 'text',
  isSample: 'bool',
  status: 'text',
  publicTitle: 'text',
  publicSummary: 'text',
  correction: 'text',
  correctedAt: 'text',
  mergedInto: 'int',
  priority: 'int',
};

/** tombstones table. */
export const TOMBSTONE: ColumnsOf<Tombstone> = {
  kind: 'text',
  value: 'text',
  storyId: 'int',
  reason: 'text',
  at: 'text',
};

/** users table. */
export const USER: ColumnsOf<User> = {
  id: 'int',
  email: 'text',
  name: 'text',
  role: 'text',
  passwordHash: 'text',
  createdAt: 'text',
  disabled: 'bool',
  failedLogins: 'int',
  lockedUntil: 'text',
};

/** sessions table. */
export const SESSION: ColumnsOf<Session> = {
  idHash: 'text',
  userId: 'int',
  createdAt: 'text',
  expiresAt: 'text',
  csrfToken: 'text',
  lastSeenAt: 'text',
  userAgent: 'text',
};

/** audit_events table. */
export const AUDIT: ColumnsOf<AuditEvent> = {
  id: 'int',
  at: 'text',
  userId: 'int',
  action: 'text',
  target: 'text',
  detail: 'json',
};
