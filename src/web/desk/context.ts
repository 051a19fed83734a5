// What the editorial desk's pages are built from (the full store and a few settings), and the per-request state.
import type { AttemptLimiter } from '../../accounts/sign-in.ts';
import type { Config } from '../../config/settings.ts';
import type { Desk } from '../../desk/types.ts';
import type { Session, User } from '../../model/records.ts';
import type { Store } from '../../store/store.ts';

/** Everything the desk is built from; `lantern serve` passes the real store and config. */
export interface DeskDeps {
  store: Store;
  config: Pick<Config, 'sessionHours' | 'trustProxy' | 'publicUrl'>;
  /** The clock (tests pass a movable one). */
  now?: () => Date;
  /** Sign-in attempts per address (one per app unless a test shares one). */
  limiter?: AttemptLimiter;
  /** Called after every action that changed a story (the portal forgets its cached public pages; logs). */
  onChange?: (e?: DeskEvent) => void;
}

/** A desk action carried out: which, on which story, by which account (ids only). */
export interface DeskEvent {
  action: string;
  storyId: number;
  userId: number;
}

/** The desk's resolved dependencies, shared by every handler. */
export interface DeskCtx {
  store: Store;
  desk: Desk;
  config: DeskDeps['config'];
  now: () => Date;
  limiter: AttemptLimiter;
  onChange: (e?: DeskEvent) => void;
}

/** The signed-in user and their session (set by the session middleware). */
export interface SignedIn {
  user: User;
  session: Session;
}

/** Hono variables the desk's middleware sets for its handlers. */
export interface DeskEnv {
  Variables: { who: SignedIn | null };
}
