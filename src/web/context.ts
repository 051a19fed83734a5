// What the portal needs from the rest of Lantern, passed in explicitly (tests pass fakes).
import type { AlertApiDeps } from '../api/alert-routes.ts';
import type { GuardOptions } from '../api/guard.ts';
import type { Config } from '../config/settings.ts';
import type { ArticleStore } from '../store/roles/articles.ts';
import type { SearchStore } from '../store/roles/search.ts';
import type { SourceStore } from '../store/roles/sources.ts';
import type { StoryStore } from '../store/roles/stories.ts';
import type { Hotlines } from './hotlines.ts';
import type { KnowledgeBase } from './kb.ts';
import type { PublicStore } from './public-store.ts';

/** The Store roles the public portal uses (read-only). */
export interface PortalStore {
  stories: Pick<StoryStore, 'list' | 'bySlug' | 'get' | 'getMany' | 'perMonth' | 'countryCounts' | 'formCounts'>;
  articles: Pick<ArticleStore, 'get' | 'ofStory' | 'getMany'>;
  sources: Pick<SourceStore, 'list'>;
  search: SearchStore;
}

/** Everything the portal app is built from. */
export interface PortalDeps {
  store: PortalStore;
  config: Pick<Config, 'publicUrl' | 'allowRepublish'> & Partial<Pick<Config, 'trustProxy'>>;
  kb: KnowledgeBase;
  hotlines: Hotlines;
  /** How long a rendered public page may be served from memory (ms); 0 turns the cache off. */
  cacheMs?: number;
  /** JSON API keys and rate limits (default: no keys, 60 anonymous requests a minute per address). */
  api?: Partial<GuardOptions>;
  /** Alerts: API routes for key holders, private feeds and unsubscribe links (absent: none of those). */
  alerts?: AlertApiDeps;
}

/** What page handlers get: the deps with the store behind the public gate (src/web/public-store.ts). */
export type PublicDeps = Omit<PortalDeps, 'store'> & { store: PublicStore };
