// What alerts read of a story: only what the public gate returns (published, redacted), as a view and as facts.
import type { Article } from '../model/records.ts';
import type { PublicStore } from '../web/public-store.ts';
import type { StoryView } from '../web/views/parts.ts';
import { MATCH_TEXT_CHARS, type StoryFacts } from './match.ts';

/** A public story with its public articles, or null when the story is not public. */
export async function publicStoryView(
  pub: PublicStore,
  id: number,
): Promise<{ view: StoryView; articles: Article[] } | null> {
  const story = await pub.stories.get(id);
  if (!story) return null;
  const articles = await pub.articles.ofStory(id);
  const lead = articles.find((a) => a.id === story.leadArticleId) ?? articles[0] ?? null;
  return { view: { story, lead }, articles };
}

/** The matcher's facts of a public story: title, editor's summary and public article text (capped). */
export function factsOf(view: StoryView, articles: Article[]): StoryFacts {
  const s = view.story;
  let text = s.publicSummary ?? '';
  for (const a of [view.lead, ...articles.filter((x) => x !== view.lead)]) {
    if (!a || text.length >= MATCH_TEXT_CHARS) continue;
    text += `\n${a.title ?? ''}\n${a.text.slice(0, MATCH_TEXT_CHARS - text.length)}`;
  }
  return {
    id: s.id,
    title: s.title,
    text,
    countries: s.countries,
    types: s.types,
    languages: [...new Set(articles.map((a) => a.language).filter((l): l is string => !!l))],
    minors: s.minors,
    incident: s.incident,
    day: (s.publishedAt ?? s.firstSeenAt).slice(0, 10),
  };
}
