// Filing a new article in one transaction: the article, its LSH keys, its story (joined or started) and the
// link between them are written together or not at all, so a crash or a refused row never leaves an article
// stored but unclustered (a re-run would count it as known and never file it again). An article that shows two
// stories to be one incident merges them in the same transaction.
import type { Article, NewArticle } from '../../model/records.ts';
import type { Filing, FilingResult } from '../store.ts';
import { addArticle, addLshKeys, updateArticle } from './articles.ts';
import type { Db } from './db.ts';
import type { Dialect } from './dialect.ts';
import { addStory, getStory, markMerged, updateStory } from './stories.ts';

/** Inserts the article unless its canonical URL is known, then files it as `filing` says, atomically. */
export function fileArticle(db: Db, dialect: Dialect, a: NewArticle, filing: Filing): Promise<FilingResult> {
  return db.tx(async (t) => {
    const joined = filing.story?.joinId ? await getStory(t, filing.story.joinId) : null;
    const added = await addArticle(t, dialect, { ...a, storyId: joined?.id ?? null });
    if (!added.created) return { ...added, storyId: added.article.storyId };
    const article: Article = added.article;
    if (filing.lshKeys.length) await addLshKeys(t, article.id, filing.lshKeys);
    for (const copy of new Set(filing.repoint ?? [])) {
      if (copy === article.id) continue;
      await t.run('UPDATE articles SET duplicate_of = ? WHERE (id = ? OR duplicate_of = ?) AND id <> ?', [
        article.id,
        copy,
        copy,
        article.id,
      ]);
    }
    if (!filing.story) return { article, created: true, storyId: null };
    if (joined) {
      await updateStory(t, joined.id, filing.story.join(joined, article));
      await mergeInto(t, joined.id, filing.story);
      return { article, created: true, storyId: joined.id };
    }
    const story = await addStory(t, filing.story.create(article));
    await updateArticle(t, dialect, article.id, { storyId: story.id });
    await mergeInto(t, story.id, filing.story);
    return { article: { ...article, storyId: story.id }, created: true, storyId: story.id };
  });
}

/**
 * Moves the articles of the stories to merge into `id` and combines the story records; a merged story stays as
 * status 'merged' pointing at `id` (its public address redirects there).
 */
async function mergeInto(t: Db, id: number, story: NonNullable<Filing['story']>): Promise<void> {
  if (!story.mergeIds?.length || !story.combine) return;
  for (const from of new Set(story.mergeIds)) {
    if (from === id) continue;
    const other = await getStory(t, from);
    if (!other) continue;
    await t.run('UPDATE articles SET story_id = ? WHERE story_id = ?', [id, from]);
    const into = (await getStory(t, id))!;
    await updateStory(t, id, story.combine(into, other));
    await markMerged(t, from, id);
  }
}
