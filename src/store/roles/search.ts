// The search role of the store: full-text search with facets over articles, or one hit per story.
import type { SearchQuery, SearchResult } from '../store.ts';

/** Full-text search. */
export interface SearchStore {
  run(query: SearchQuery): Promise<SearchResult>;
}
