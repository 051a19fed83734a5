// Where extraction and analysis run: inline on the main thread, or in a pool of worker threads so the main
// thread stays free for fetching, storing and (in embedded mode) serving the portal.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Analyzer } from '../analyze/analyzer.ts';
import { LanternError } from '../lib/errors.ts';
import { ROOT } from '../lib/paths.ts';
import { type PageResult, type PageWork, processPage } from './process-page.ts';

/** Processes pages; close() ends any threads. */
export interface CpuStage {
  process(work: PageWork): Promise<PageResult>;
  close(): Promise<void>;
}

/** Runs on the calling thread; the analyzer is loaded on first use when a loader is given. */
export function inlineStage(analyzer: Analyzer | (() => Promise<Analyzer>)): CpuStage {
  let loaded: Promise<Analyzer> | null = typeof analyzer === 'function' ? null : Promise.resolve(analyzer);
  return {
    async process(work) {
      loaded ??= (analyzer as () => Promise<Analyzer>)();
      return processPage(work, await loaded);
    },
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: PageResult) => void; reject: (e: Error) => void }>;
  ready: Promise<void>;
  /** Callers waiting for the thread to be ready (the thread stays referenced meanwhile). */
  waiting: number;
  dead: boolean;
}

// Compiled (build/js, see scripts/build-js.mjs) the worker is a module of its own beside this chunk; run as
// TypeScript it is booted through tsx, which worker threads do not inherit.
const COMPILED = import.meta.url.endsWith('.js');
const DEFAULT_WORKER = new URL(COMPILED ? './cpu-worker.js' : './cpu-worker.ts', import.meta.url);

/** A pool of `threads` worker threads (each loads its own analyzer); a thread that dies is replaced on next use. */
export function threadStage(threads: number, workerModule = DEFAULT_WORKER): CpuStage {
  const slots: Slot[] = [];
  let nextId = 1;
  const spawn = (): Slot => {
    const worker = workerModule.pathname.endsWith('.ts')
      ? new Worker(pathToFileURL(join(ROOT, 'src', 'pipeline', 'worker-boot.mjs')), {
          workerData: { module: workerModule.href },
        })
      : new Worker(workerModule);
    const slot: Slot = { worker, pending: new Map(), ready: Promise.resolve(), waiting: 0, dead: false };
    slot.ready = new Promise((resolve, reject) => {
      worker.on('message', (m: { ready?: boolean; id?: number; result?: PageResult; error?: string }) => {
        if (m.ready) {
          if (!slot.pending.size && !slot.waiting) worker.unref();
          return resolve();
        }
        const p = slot.pending.get(m.id!);
        slot.pending.delete(m.id!);
        if (!slot.pending.size) worker.unref();
        if (m.error !== undefined) p?.reject(new LanternError('internal', `analysis worker: ${m.error}`));
        else p?.resolve(m.result!);
      });
      const die = (why: string) => {
        slot.dead = true;
        const err = new LanternError('internal', `analysis worker stopped: ${why}`);
        reject(err);
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
      };
      worker.on('error', (e) => die(e.message));
      worker.on('exit', (code) => die(`exit code ${code}`));
    });
    slot.ready.catch(() => {});
    return slot;
  };
  const pick = (): Slot => {
    for (let i = 0; i < slots.length; i++) if (slots[i]!.dead) slots[i] = spawn();
    while (slots.length < threads) slots.push(spawn());
    return slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
  };
  return {
    async process(work) {
      const slot = pick();
      // A referenced thread keeps the process alive while we wait on it; idle threads are unreferenced.
      slot.worker.ref();
      slot.waiting++;
      await slot.ready.finally(() => slot.waiting--);
      const id = nextId++;
      return new Promise<PageResult>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref();
        slot.worker.postMessage({ id, work });
      });
    },
    async close() {
      const all = slots.splice(0);
      for (const s of all) s.dead = true;
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
