// Export as a stream: published stories a page at a time (cursor paging, one batched article read per page), so
// memory stays flat however many stories there are.
import { isPublicStory, publicStory, type StoryOut } from '../api/public-view.ts';
import type { Article } from '../model/records.ts';
import type { ArticleStore } from '../store/roles/articles.ts';
import type { StoryStore } from '../store/roles/stories.ts';
import type { StoryFilter } from '../store/store.ts';
import { type ExportFormat, encoder } from './formats.ts';
import { loadVocab, type Vocab } from './vocab.ts';

/** Stories read per page while exporting. */
export const EXPORT_PAGE = 200;

/** What an export reads. */
export interface ExportStore {
  stories: Pick<StoryStore, 'list'>;
  articles: Pick<ArticleStore, 'getMany'>;
}

/** Filters an export takes (those of the story list). */
export type ExportFilter = Pick<StoryFilter, 'country' | 'type' | 'minors' | 'incident' | 'language' | 'from' | 'to'>;

let vocabCache: Vocab | null = null;

/** Every published story matching the filter, redacted, a page at a time (newest first). */
export async function* publicStories(
  store: ExportStore,
  filter: ExportFilter,
  publicUrl: string,
): AsyncGenerator<StoryOut[]> {
  let cursor: string | undefined;
  do {
    const page = await store.stories.list({ ...filter, published: true, limit: EXPORT_PAGE, cursor });
    const stories = page.stories.filter(isPublicStory);
    const byStory = new Map<number, Article[]>();
    if (stories.length) {
      for (const a of await store.articles.getMany({ storyIds: stories.map((s) => s.id), text: false })) {
        const list = byStory.get(a.storyId!) ?? [];
        list.push(a);
        byStory.set(a.storyId!, list);
      }
    }
    // One yield per page, not per story: an await per row cost more than some of the rows' own work.
    yield stories.map((s) => publicStory(s, byStory.get(s.id) ?? [], publicUrl, false));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The export as text chunks (one per page of stories), ready to write or send. */
export async function* exportChunks(
  store: ExportStore,
  filter: ExportFilter,
  format: ExportFormat,
  opts: { publicUrl: string; bom?: boolean },
): AsyncGenerator<string> {
  vocabCache ??= loadVocab();
  const enc = encoder(format, vocabCache, { bom: opts.bom });
  yield enc.head;
  let buf = '';
  for await (const page of publicStories(store, filter, opts.publicUrl)) {
    for (const s of page) buf += enc.row(s);
    if (buf.length >= 64 * 1024) {
      yield buf;
      buf = '';
    }
  }
  yield buf + enc.tail;
}
