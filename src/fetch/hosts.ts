// Per-host politeness: at most N requests in flight per host, and a minimum spacing between request starts.

interface HostState {
  active: number;
  nextStart: number;
  /** When the last task for the host actually started (a late start pushes the next one back). */
  lastStart: number;
  waiting: (() => void)[];
}

/** Limits concurrency and spacing per host; `run` waits its turn, then runs the task. */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly spacingMs: number,
  ) {}

  /** Runs a task for a host when a slot is free and the host's spacing (or a robots Crawl-delay) has passed. */
  async run<T>(host: string, task: () => Promise<T>, extraSpacingMs = 0): Promise<T> {
    const state = this.state(host);
    while (state.active >= this.concurrency) await new Promise<void>((r) => state.waiting.push(r));
    state.active++;
    try {
      const spacing = Math.max(this.spacingMs, extraSpacingMs);
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
      return await task();
    } finally {
      state.active--;
      state.waiting.shift()?.();
      if (!state.active && !state.waiting.length && state.nextStart < Date.now()) this.hosts.delete(host);
    }
  }

  private state(host: string): HostState {
    const known = this.hosts.get(host);
    if (known) return known;
    const s: HostState = { active: 0, nextStart: 0, lastStart: -Infinity, waiting: [] };
    this.hosts.set(host, s);
    return s;
  }
}
