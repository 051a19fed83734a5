// Per-host politeness: at most N requests in flight per host, and a minimum spacing between request starts, kept
// in this process or, with a shared clock (the PostgreSQL store's host slots), across every worker.
import { FetchError } from './errors.ts';

interface HostState {
  active: number;
  nextStart: number;
  /** When the last task for the host actually started (a late start pushes the next one back). */
  lastStart: number;
  waiting: (() => void)[];
}

/** Start slots shared by several processes (the store's host slots). */
export interface SharedStarts {
  claimStart(host: string, holdMs: number): Promise<{ token: string } | { waitMs: number }>;
  releaseStart(host: string, token: string, spacingMs: number): Promise<void>;
}

/**
 * A task for a host; it calls `answered()` when the host's answer begins. Shared spacing counts from then: the
 * request has surely arrived, so the next start on any worker comes at least the spacing after it.
 */
export type HostTask<T> = (answered: () => void) => Promise<T>;

/** Longest wait in all for a shared start slot before a task gives up (other workers keep the host busy). */
export const MAX_SHARED_WAIT_MS = 10 * 60_000;
/** Longest a shared claim holds a host before its answer begins (a crashed worker's claim ends by then). */
export const SHARED_HOLD_MS = 30_000;

/** Limits concurrency and spacing per host; `run` waits its turn, then runs the task. */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly spacingMs: number,
    private readonly shared?: SharedStarts,
  ) {}

  /** Runs a task for a host when a slot is free and the host's spacing (or a robots Crawl-delay) has passed. */
  async run<T>(host: string, task: HostTask<T>, extraSpacingMs = 0): Promise<T> {
    const state = this.state(host);
    while (state.active >= this.concurrency) await new Promise<void>((r) => state.waiting.push(r));
    state.active++;
    try {
      const spacing = Math.max(this.spacingMs, extraSpacingMs);
      if (this.shared && spacing > 0) return await this.runShared(this.shared, host, spacing, task);
      await this.waitLocal(state, spacing);
      return await task(() => {});
    } finally {
      state.active--;
      state.waiting.shift()?.();
      if (!state.active && !state.waiting.length && state.nextStart < Date.now()) this.hosts.delete(host);
    }
  }

  /**
   * Claims the host from the shared slots (sleeping until its next start between tries), runs the task, and
   * releases the host when the answer begins (or the task ends first): the next start is `spacing` after that.
   */
  private async runShared<T>(shared: SharedStarts, host: string, spacing: number, task: HostTask<T>): Promise<T> {
    const token = await claim(shared, host);
    let released: Promise<void> | null = null;
    const release = () => {
      released ??= shared.releaseStart(host, token, spacing);
      return released;
    };
    try {
      return await task(() => void release().catch(() => {}));
    } finally {
      await release().catch(() => {});
    }
  }

  private async waitLocal(state: HostState, spacing: number): Promise<void> {
    // Reserve a slot (so tasks waiting together space out), then also keep the spacing from the last actual
    // start: on a loaded machine a task may start late, and the next one must not start early after it.
    const slot = Math.max(Date.now(), state.nextStart);
    state.nextStart = slot + spacing;
    for (let tries = 0; tries < 100; tries++) {
      const wait = Math.max(slot, state.lastStart + spacing) - Date.now();
      if (wait <= 0) break;
      await new Promise((r) => setTimeout(r, wait));
    }
    state.lastStart = Date.now();
    state.nextStart = Math.max(state.nextStart, state.lastStart + spacing);
  }

  private state(host: string): HostState {
    const known = this.hosts.get(host);
    if (known) return known;
    const s: HostState = { active: 0, nextStart: 0, lastStart: -Infinity, waiting: [] };
    this.hosts.set(host, s);
    return s;
  }
}

async function claim(shared: SharedStarts, host: string): Promise<string> {
  const giveUp = Date.now() + MAX_SHARED_WAIT_MS;
  for (;;) {
    const r = await shared.claimStart(host, SHARED_HOLD_MS);
    if ('token' in r) return r.token;
    if (Date.now() + r.waitMs > giveUp) {
      throw new FetchError(
        'timeout',
        `${host}: no start slot within ${MAX_SHARED_WAIT_MS / 1000} s (other workers keep it busy)`,
      );
    }
    await new Promise((res) => setTimeout(res, r.waitMs));
  }
}
