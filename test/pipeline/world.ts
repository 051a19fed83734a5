// A small world for monitor tests: a loopback news server, an in-memory store, an analyzer, a pipeline context.
import { type Analyzer, loadAnalyzer } from '../../src/analyze/analyzer.ts';
import { type Config, loadConfig } from '../../src/config/settings.ts';
import type { PipelineContext } from '../../src/pipeline/context.ts';
import { pipelineContext } from '../../src/pipeline/context.ts';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';

let analyzer: Promise<Analyzer> | null = null;

/** The analyzer, loaded once per test process. */
export function sharedAnalyzer(): Promise<Analyzer> {
  analyzer ??= loadAnalyzer();
  return analyzer;
}

/** Config for tests: loopback allowed, no host spacing, short timeouts. */
export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    LANTERN_FETCH_ALLOW: '127.0.0.1',
    LANTERN_FETCH_HOST_DELAY_MS: '0',
    LANTERN_FETCH_HOST_CONCURRENCY: '4',
    LANTERN_FETCH_TIMEOUT_MS: '3000',
    LANTERN_FETCH_CONNECT_TIMEOUT_MS: '2000',
    LANTERN_FETCH_MAX_BYTES: String(2 * 1024 * 1024),
    ...env,
  });
}

/** A server, a store and a context, torn down together. */
export interface World {
  server: TestServer;
  store: Store;
  ctx: PipelineContext;
  config: Config;
  close(): Promise<void>;
}

/** Builds a world; `env` overrides settings; `open` picks the store (default: in-memory SQLite). */
export async function world(
  env: Record<string, string> = {},
  maxEntriesPerPoll?: number,
  open: () => Promise<Store> = openMemoryStore,
): Promise<World> {
  // The analyzer first: if it cannot load, no server or store is left open to hold the test process.
  const analyzer = await sharedAnalyzer();
  const server = await startServer();
  const store = await open();
  const config = testConfig(env);
  const ctx = pipelineContext(store, config, analyzer);
  if (maxEntriesPerPoll) ctx.config.maxEntriesPerPoll = maxEntriesPerPoll;
  return {
    server,
    store,
    ctx,
    config,
    close: async () => {
      await ctx.cpu.close();
      await server.close();
      await store.close();
    },
  };
}

/** An article page we write: title, paragraphs, optional canonical link and charset. */
export function articlePage(
  title: string,
  paragraphs: string[],
  opts: { canonical?: string; charset?: string; site?: string } = {},
): string {
  const meta = [
    opts.charset ? `<meta charset="${opts.charset}">` : '',
    opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : '',
    opts.site ? `<meta property="og:site_name" content="${opts.site}">` : '',
  ].join('');
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title>${meta}</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>${title}</h1>${body}</article></main><footer>© Example</footer></body></html>`;
}

/** An RSS 2.0 feed listing links. */
export function rss(
  title: string,
  items: { title: string; link: string; guid?: string; date?: string; description?: string }[],
): string {
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = items
    .map(
      (i) =>
        `<item><title>${xml(i.title)}</title><link>${xml(i.link)}</link>${i.guid ? `<guid isPermaLink="false">${xml(i.guid)}</guid>` : ''}${i.date ? `<pubDate>${new Date(i.date).toUTCString()}</pubDate>` : ''}${i.description ? `<description>${xml(i.description)}</description>` : ''}</item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(title)}</title><link>http://example/</link>${body}</channel></rss>`;
}

/** Paragraphs of a trafficking incident report we write (fictional people and places). */
export function incident(v: {
  city: string;
  country: string;
  n: number;
  suspect: string;
  second: string;
  day: string;
}): string[] {
  return [
    `Police in ${v.city}, ${v.country}, rescued ${v.n} women who had been trafficked and forced into sexual exploitation at a nightclub, officials said on ${v.day}.`,
    `Officers arrested ${v.suspect}, the owner of the club, and ${v.second}, who is accused of recruiting the victims with false promises of jobs as waitresses abroad.`,
    `According to investigators, the victims' passports were confiscated and they were told they owed a debt of several thousand dollars for their travel to ${v.city}.`,
    `${v.suspect} and ${v.second} were charged with human trafficking and appeared before a judge in ${v.city}, who ordered them held in custody pending trial.`,
    `The rescued women were taken to a shelter run by a local organisation, where they are receiving medical care, counselling and legal assistance.`,
  ];
}
