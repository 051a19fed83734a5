// The editorial desk over one store: the review queue, one story for review, the audited actions, the audit log.
import { inputError, LanternError } from '../lib/errors.ts';
import { hasControls } from '../lib/text.ts';
import { STORY_STATUSES, type Story } from '../model/records.ts';
import { holdReasons } from '../pipeline/publish.ts';
import type { Store } from '../store/store.ts';
import { checkFacts, factsOfArticles, flagsOf, mergeFacts, splitStory } from './facts.ts';
import { mayAct, urgencyOf } from './rules.ts';
import type { Desk, DeskAction, QueueItem } from './types.ts';

/** Longest reason, note, title and summary an editor may type (characters). */
export const DESK_LIMITS = { reason: 500, note: 2000, title: 300, summary: 2000, splitArticles: 500 } as const;

/** Opens the desk on a store; `now` is the clock (tests pass a fixed one). */
export function openDesk(store: Store, opts: { now?: () => Date } = {}): Desk {
  const now = () => (opts.now ? opts.now() : new Date()).toISOString();
  return {
    async queue({ status = 'review', limit, cursor }) {
      if (!STORY_STATUSES.includes(status)) throw inputError(`status "${String(status)}": unknown`);
      const page = await store.stories.list({ status, order: 'urgency', limit, cursor });
      return { items: await Promise.all(page.stories.map((s) => itemOf(store, s))), nextCursor: page.nextCursor };
    },
    async item(storyId) {
      if (!isId(storyId)) return null;
      const s = await store.stories.get(storyId);
      return s ? itemOf(store, s) : null;
    },
    async act(actor, action) {
      if (!actor || !mayAct(actor.role)) {
        throw new LanternError('input', `forbidden: the role "${String(actor?.role)}" may read the desk but not act`);
      }
      checkAction(action);
      return store.placing(async (s) => {
        const before = await s.stories.get(action.storyId);
        if (!before) throw inputError(`story ${action.storyId}: not found`);
        const done = await apply(s, action, before, now());
        const after = (await s.stories.get(action.storyId))!;
        await s.accounts.addAudit({
          userId: actor.userId,
          action: `story.${action.kind}`,
          target: `story:${action.storyId}`,
          at: now(),
          detail: { before: snapshot(before), after: snapshot(after), ...done.detail },
        });
        return { storyId: action.storyId, status: after.status, message: done.message };
      });
    },
    audit(opts) {
      return store.accounts.listAudit(opts);
    },
  };
}

/** A story as the queue shows it: its articles (lead first), their flags, why it waits, its urgency. */
async function itemOf(store: Store, story: Story): Promise<QueueItem> {
  const all = await store.articles.ofStory(story.id);
  const lead = all.filter((a) => a.id === story.leadArticleId);
  const articles = [...lead, ...all.filter((a) => a.id !== story.leadArticleId)];
  const flags = flagsOf(articles);
  const reasons =
    story.status === 'review'
      ? [
          ...holdReasons(flags),
          ...(flags.length ? [] : ['waiting for an editor (auto-publishing off or below its score)']),
        ]
      : [];
  return { story, status: story.status, articles, flags, reasons, urgency: story.priority };
}

/** What an action did: a message for the next page and extra audit detail. */
interface Done {
  message: string;
  detail?: Record<string, unknown>;
}

async function apply(s: Store, a: DeskAction, story: Story, at: string): Promise<Done> {
  const id = story.id;
  switch (a.kind) {
    case 'publish':
      refuseGone(story, 'publish');
      if (story.status === 'published') return { message: 'Already published.' };
      await s.stories.update(id, { status: 'published', publishedAt: story.publishedAt ?? at });
      await setArticles(s, id, 'published');
      return { message: 'Published: the public pages show it (identifying details withheld).' };
    case 'reject':
      refuseGone(story, 'reject');
      await s.stories.update(id, { status: 'rejected' });
      await setArticles(s, id, 'review');
      return {
        message: 'Rejected: it stays off the public pages.',
        detail: { reason: editorText(a.reason, DESK_LIMITS.reason, 'reason') ?? null },
      };
    case 'unpublish':
      if (story.status !== 'published') throw inputError(`story ${id} is not published (it is ${story.status})`);
      await s.stories.update(id, { status: 'review' });
      await setArticles(s, id, 'review');
      return {
        message: 'Unpublished: back in the review queue.',
        detail: { reason: editorText(a.reason, DESK_LIMITS.reason, 'reason') ?? null },
      };
    case 'edit-facts': {
      refuseGone(story, 'edit');
      const patch = checked(() => checkFacts(a.facts));
      const facts = {
        minors: patch.minors !== undefined ? patch.minors : story.minors,
        victims: patch.victims !== undefined ? patch.victims : story.victims,
      };
      const priority = urgencyOf(facts, flagsOf(await s.articles.ofStory(id)));
      await s.stories.update(id, { ...patch, priority });
      return { message: 'Facts saved.' };
    }
    case 'edit-text': {
      refuseGone(story, 'edit');
      const title = editorText(a.title, DESK_LIMITS.title, 'title');
      const summary = editorText(a.summary, DESK_LIMITS.summary, 'summary');
      await s.stories.update(id, {
        ...(title !== undefined ? { publicTitle: title } : {}),
        ...(summary !== undefined ? { publicSummary: summary } : {}),
      });
      return { message: 'Public title and summary saved.' };
    }
    case 'correct': {
      refuseGone(story, 'correct');
      const note = editorText(a.note, DESK_LIMITS.note, 'correction note');
      if (!note) throw inputError('correction note: write what was corrected');
      await s.stories.update(id, { correction: note, correctedAt: at });
      return { message: 'Correction note added to the public page.' };
    }
    case 'merge':
      return merge(s, story, a.intoStoryId);
    case 'split':
      return split(s, story, a.articleIds);
    case 'remove':
      return remove(s, story, a.reason, at);
  }
}

async function merge(s: Store, from: Story, intoId: number): Promise<Done> {
  refuseGone(from, 'merge');
  if (intoId === from.id) throw inputError('merge: a story cannot be merged into itself');
  const into = await s.stories.get(intoId);
  if (!into) throw inputError(`merge: story ${intoId} not found`);
  refuseGone(into, 'merge into');
  const moved = await s.articles.ofStory(from.id);
  const status = into.status === 'published' ? 'published' : 'review';
  for (const a of moved)
    await s.articles.update(a.id, { storyId: into.id, ...(a.status === 'rejected' ? {} : { status }) });
  await s.stories.update(into.id, mergeFacts(into, from));
  await s.stories.update(from.id, { status: 'merged', mergedInto: into.id, articleCount: 0, leadArticleId: null });
  return {
    message: `Merged into story ${into.id}; its old address now leads there.`,
    detail: { into: into.id, articles: moved.map((a) => a.id) },
  };
}

async function split(s: Store, story: Story, ids: number[]): Promise<Done> {
  refuseGone(story, 'split');
  const all = await s.articles.ofStory(story.id);
  const want = new Set(ids);
  const moved = all.filter((a) => want.has(a.id));
  if (moved.length !== want.size) throw inputError(`split: some of the articles are not in story ${story.id}`);
  if (moved.length === all.length) throw inputError('split: leave at least one article in the story');
  const stay = all.filter((a) => !want.has(a.id));
  const draft = splitStory(moved);
  let made: Story | null = null;
  for (let i = 1; !made && i <= 20; i++) {
    const slug = i > 1 ? `${draft.slug}-${i}` : draft.slug;
    if (!(await s.stories.bySlug(slug))) made = await s.stories.add({ ...draft, slug });
  }
  if (!made) throw inputError('split: no free address for the new story');
  for (const a of moved)
    await s.articles.update(a.id, { storyId: made.id, ...(a.status === 'rejected' ? {} : { status: 'review' }) });
  await s.stories.update(story.id, factsOfArticles(stay));
  return {
    message: `Split: ${moved.length} article(s) now form story ${made.id}, waiting for review.`,
    detail: { newStory: made.id, articles: moved.map((a) => a.id) },
  };
}

async function remove(s: Store, story: Story, reason: string, at: string): Promise<Done> {
  if (story.status === 'removed') throw inputError(`story ${story.id} is already removed`);
  const why = editorText(reason, DESK_LIMITS.reason, 'reason');
  if (!why) throw inputError('remove: give the reason (it goes in the audit log)');
  const articles = await s.articles.ofStory(story.id);
  const marks = articles.flatMap((a) => [
    { kind: 'url' as const, value: a.canonicalUrl, storyId: story.id, reason: why },
    { kind: 'url' as const, value: a.url, storyId: story.id, reason: why },
    { kind: 'hash' as const, value: a.contentHash, storyId: story.id, reason: why },
  ]);
  await s.articles.addTombstones(marks, at);
  await s.articles.purge(articles.map((a) => a.id));
  await s.stories.update(story.id, {
    status: 'removed',
    articleCount: 0,
    leadArticleId: null,
    title: 'Removed for safety',
    publicTitle: null,
    publicSummary: null,
  });
  return {
    message: `Removed for safety: ${articles.length} article(s) deleted and never to be fetched again.`,
    detail: { reason: why, articles: articles.map((a) => ({ id: a.id, url: a.canonicalUrl })) },
  };
}

/** Sets the desk-visible status of a story's articles (search shows only published ones); rejected ones stay. */
async function setArticles(s: Store, storyId: number, status: 'published' | 'review'): Promise<void> {
  for (const a of await s.articles.ofStory(storyId)) {
    if (a.status !== 'rejected' && a.status !== status) await s.articles.update(a.id, { status });
  }
}

function refuseGone(story: Story, what: string): void {
  if (story.status === 'merged')
    throw inputError(`cannot ${what} story ${story.id}: it was merged into story ${story.mergedInto}`);
  if (story.status === 'removed') throw inputError(`cannot ${what} story ${story.id}: it was removed for safety`);
}

/** Text an editor typed: trimmed, control characters refused, at most `max`; empty → null; absent → undefined. */
function editorText(v: unknown, max: number, what: string): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v !== 'string') throw inputError(`${what}: expected text`);
  const t = v.replace(/\r\n?/g, '\n').trim();
  if (t.length > max) throw inputError(`${what}: ${t.length} characters, at most ${max}`);
  if (hasControls(t.replace(/[\n\t]/g, ' '))) throw inputError(`${what}: control characters are not allowed`);
  return t || null;
}

function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw inputError((err as Error).message);
  }
}

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;

const KINDS = ['publish', 'reject', 'unpublish', 'edit-facts', 'edit-text', 'correct', 'merge', 'split', 'remove'];

/** Refuses a malformed action before anything is read or written. */
function checkAction(a: DeskAction): void {
  if (!a || typeof a !== 'object' || !KINDS.includes(a.kind)) {
    throw inputError(`action "${String((a as { kind?: unknown })?.kind).slice(0, 40)}": unknown`);
  }
  if (!isId(a.storyId)) throw inputError('action: storyId must be a positive whole number');
  if (a.kind === 'merge' && !isId(a.intoStoryId))
    throw inputError('merge: intoStoryId must be a positive whole number');
  if (a.kind === 'split') {
    if (!Array.isArray(a.articleIds) || !a.articleIds.length || a.articleIds.length > DESK_LIMITS.splitArticles) {
      throw inputError(`split: choose 1 to ${DESK_LIMITS.splitArticles} articles to move`);
    }
    if (!a.articleIds.every(isId)) throw inputError('split: article ids must be positive whole numbers');
  }
  for (const k of ['reason', 'note'] as const) {
    const v = (a as Record<string, unknown>)[k];
    if (v !== undefined && typeof v !== 'string') throw inputError(`${k}: expected text`);
  }
}

/** What the audit log keeps of a story before and after an action. */
function snapshot(s: Story): Record<string, unknown> {
  return {
    status: s.status,
    title: s.title,
    publicTitle: s.publicTitle,
    publicSummary: s.publicSummary,
    correction: s.correction,
    types: s.types,
    countries: s.countries,
    minors: s.minors,
    victims: s.victims,
    incident: s.incident,
    articleCount: s.articleCount,
    mergedInto: s.mergedInto,
  };
}
