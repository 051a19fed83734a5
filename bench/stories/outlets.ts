// Loopback outlets for the story benchmark: one site per outlet (its own 127.0.0.x address, so sites differ the way
// real ones do), each serving an RSS feed of the reports that have "arrived" so far and one HTML page per report.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StoryReport } from './reports.ts';

/** A running outlet: its site origin and the reports it publishes. */
export interface Outlet {
  name: string;
  origin: string;
  host: string;
  language: string | null;
  reports: StoryReport[];
}

/** All outlets, the page URL of each report, and what the feeds show (reports arrived so far). */
export interface Outlets {
  list: Outlet[];
  pageUrl(reportId: string): string;
  /** Makes a report appear in its outlet's feed. */
  arrive(reportId: string): void;
  close(): Promise<void>;
}

/** Most outlets (one loopback address each, 127.0.0.2 upward). */
export const MAX_OUTLETS = 60_000;

/** Starts one loopback server per outlet named in the reports. */
export async function startOutlets(reports: StoryReport[]): Promise<Outlets> {
  const byName = new Map<string, StoryReport[]>();
  for (const r of reports) byName.set(r.outlet, [...(byName.get(r.outlet) ?? []), r]);
  if (byName.size > MAX_OUTLETS) throw new Error(`more than ${MAX_OUTLETS} outlets`);
  const arrived = new Set<string>();
  const urls = new Map<string, string>();
  const byId = new Map(reports.map((r) => [r.id, r]));
  const servers: http.Server[] = [];
  const list: Outlet[] = [];
  let n = 0;
  for (const [name, rs] of byName) {
    const host = `127.0.${Math.floor((n + 2) / 256)}.${(n + 2) % 256}`;
    n++;
    const outlet: Outlet = { name, origin: '', host, language: majority(rs.map((r) => r.lang)), reports: rs };
    const server = http.createServer((req, res) => serve(outlet, req, res, { arrived, urls, byId }));
    await new Promise<void>((ok, fail) => server.once('error', fail).listen(0, host, ok));
    outlet.origin = `http://${host}:${(server.address() as AddressInfo).port}`;
    for (const r of rs) urls.set(r.id, `${outlet.origin}/news/${encodeURIComponent(r.id)}.html`);
    servers.push(server);
    list.push(outlet);
  }
  return {
    list,
    pageUrl: (id) => urls.get(id)!,
    arrive: (id) => arrived.add(id),
    close: () => Promise.all(servers.map((s) => new Promise<void>((ok) => s.close(() => ok())))).then(() => {}),
  };
}

interface ServeState {
  arrived: Set<string>;
  urls: Map<string, string>;
  byId: Map<string, StoryReport>;
}

function serve(o: Outlet, req: http.IncomingMessage, res: http.ServerResponse, s: ServeState): void {
  const path = (req.url ?? '/').split('?')[0]!;
  if (path === '/feed.xml') {
    const items = o.reports.filter((r) => s.arrived.has(r.id)).reverse();
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    return void res.end(feed(o, items, s.urls));
  }
  const m = /^\/news\/(.+)\.html$/.exec(path);
  const r = m ? s.byId.get(decodeURIComponent(m[1]!)) : undefined;
  if (r && r.outlet === o.name && s.arrived.has(r.id)) {
    const canonical = s.urls.get(r.canonicalOf ?? r.id)!;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return void res.end(page(o, r, canonical));
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

const xml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function feed(o: Outlet, items: StoryReport[], urls: Map<string, string>): string {
  const body = items
    .map((r) => {
      const date = r.published ? `<pubDate>${new Date(r.published).toUTCString()}</pubDate>` : '';
      return `<item><title>${xml(r.title)}</title><link>${xml(urls.get(r.id)!)}</link><guid>${xml(urls.get(r.id)!)}</guid>${date}<description>${xml(r.text.slice(0, 200))}</description></item>`;
    })
    .join('');
  const lang = o.language ? `<language>${o.language}</language>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xml(o.name)}</title><link>${o.origin}/</link>${lang}${body}</channel></rss>`;
}

function page(o: Outlet, r: StoryReport, canonical: string): string {
  const paras = r.text
    .split(/\n+/)
    .filter((p) => p.trim())
    .map((p) => `<p>${xml(p)}</p>`)
    .join('\n');
  const date = r.published ? `<meta property="article:published_time" content="${r.published}">` : '';
  return `<!doctype html><html lang="${r.lang ?? 'en'}"><head><meta charset="utf-8"><title>${xml(r.title)} | ${xml(o.name)}</title><link rel="canonical" href="${xml(canonical)}"><meta property="og:site_name" content="${xml(o.name)}">${date}</head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>${xml(r.title)}</h1>${paras}</article></main><footer>© ${xml(o.name)}</footer></body></html>`;
}

function majority(xs: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const x of xs) if (x) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
