// The stories role of the store: incidents grouping articles, the desk's view of them and the trend counts.
import type { NewStory, Story } from '../../model/records.ts';
import type { MonthlyCount, StoryFilter } from '../store.ts';

/** Stories and their counts. */
export interface StoryStore {
  /** Adds a story; status defaults from `published` ('published' or 'review'), which is kept equal to it. */
  add(story: NewStory): Promise<Story>;
  get(id: number): Promise<Story | null>;
  /** Stories by id in one query (at most 1000 ids; unknown ids left out), ordered by id. */
  getMany(ids: number[]): Promise<Story[]>;
  bySlug(slug: string): Promise<Story | null>;
  /** Changes a story; a status sets `published` to match, `published` alone moves status to or from 'published'. */
  update(id: number, patch: Partial<Omit<Story, 'id'>>): Promise<void>;
  list(filter: StoryFilter): Promise<{ stories: Story[]; nextCursor: string | null }>;
  /**
   * Published stories per month (samples never), each story once per key: by form, by country, or 'total' (key
   * 'all'); no country or form is key '', a date after `now` (default: the clock) is month '' (undated).
   */
  perMonth(
    by: 'type' | 'country' | 'total',
    opts?: { from?: string; to?: string; country?: string; type?: string; now?: string },
  ): Promise<MonthlyCount[]>;
  /** Published stories per country. */
  countryCounts(): Promise<{ country: string; count: number }[]>;
  /** Published stories per form of exploitation. */
  formCounts(): Promise<{ type: string; count: number }[]>;
  /** Deletes the bundled sample stories and their articles (the first real source ends the demo); returns counts. */
  removeSamples(): Promise<{ stories: number; articles: number }>;
}
