// The editorial desk's contract: what the review queue shows and the actions editors take (each audited).
import type { ExploitationForm, Flag } from '../model/analysis.ts';
import type { Article, AuditEvent, Role, Story, StoryStatus } from '../model/records.ts';

/** Where a story stands: waiting, public, turned down, taken down for safety, or folded into another story. */
export type { StoryStatus } from '../model/records.ts';

/** Who acts; the desk refuses a role that may not (viewers read, editors act, admins also read the audit log). */
export interface Actor {
  userId: number;
  role: Role;
}

/** One story as an editor sees it: facts, evidence, flags and sources, never redacted. */
export interface QueueItem {
  story: Story;
  status: StoryStatus;
  /** The article that leads the story (its source is credited), then the other coverage. */
  articles: Article[];
  /** Privacy flags (identifying details) and language flags (survivor-centred terms) across its articles. */
  flags: Flag[];
  /** Why it is waiting (e.g. "privacy flag", "below the auto-publish score"), empty when decided. */
  reasons: string[];
  /** Higher first: minors, privacy flags, victims, recency. */
  urgency: number;
}

/** Facts an editor may set; a field left out is unchanged. */
export interface FactsPatch {
  types?: ExploitationForm[];
  countries?: string[];
  minors?: boolean | null;
  victims?: number | null;
  incident?: boolean;
}

/** Every desk action (one audit event each, with the story before and after). */
export type DeskAction =
  | { kind: 'publish'; storyId: number }
  | { kind: 'reject'; storyId: number; reason?: string }
  | { kind: 'unpublish'; storyId: number; reason?: string }
  | { kind: 'edit-facts'; storyId: number; facts: FactsPatch }
  | { kind: 'edit-text'; storyId: number; title?: string; summary?: string }
  | { kind: 'correct'; storyId: number; note: string }
  | { kind: 'merge'; storyId: number; intoStoryId: number }
  | { kind: 'split'; storyId: number; articleIds: number[] }
  | { kind: 'remove'; storyId: number; reason: string };

/** What an action did, for the page that follows it. */
export interface DeskResult {
  storyId: number;
  status: StoryStatus;
  message: string;
}

/** The desk over one store; errors are LanternError('input') with a message an editor can act on. */
export interface Desk {
  /** Stories waiting for a decision (or of another status), most urgent first, then newest. */
  queue(opts: { status?: StoryStatus; limit: number; cursor?: string }): Promise<{
    items: QueueItem[];
    nextCursor: string | null;
  }>;
  /** One story for review, whatever its status; null when unknown. */
  item(storyId: number): Promise<QueueItem | null>;
  /** Carries out one action for `actor` in one transaction with its audit event. */
  act(actor: Actor, action: DeskAction): Promise<DeskResult>;
  /** The audit log, newest first (admins only at the HTTP layer). */
  audit(opts: { limit: number; before?: number }): Promise<AuditEvent[]>;
}
