// Outlets for fault tests: several news sites on their own loopback addresses, each with a feed; incidents are
// carried by two outlets with the same text (syndication), plus pages that are not about trafficking.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { articlePage, incident, rss } from '../pipeline/world.ts';

/** The running outlets and what they serve. */
export interface Outlets {
  feeds: string[];
  /** Page URLs per incident (two outlets each). */
  incidents: string[][];
  /** Page URLs that are not about trafficking. */
  others: string[];
  /** Article page requests served so far, across outlets. */
  pageHits(): number;
  /** Feed requests served so far, across outlets. */
  feedHits(): number;
  /** Called on every page request, with the running count (fault tests kill a process from here). */
  onPage: (count: number) => void;
  close(): Promise<void>;
}

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const CITIES = ['Lagos', 'Accra', 'Dakar', 'Nairobi', 'Kampala', 'Lusaka', 'Harare', 'Maputo', 'Abuja', 'Kumasi'];

/** Starts `count` outlets on 127.0.0.1.. with `incidents` syndicated incidents and `others` unrelated pages. */
export async function startOutlets(count: number, incidents: number, others: number): Promise<Outlets> {
  const pages = new Map<string, string>();
  const feeds = new Map<string, { title: string; link: string; guid: string; date: string }[]>();
  const servers: http.Server[] = [];
  const origins: string[] = [];
  let hits = 0;
  let feedHits = 0;
  const out: Outlets = {
    feeds: [],
    incidents: [],
    others: [],
    pageHits: () => hits,
    feedHits: () => feedHits,
    onPage: () => {},
    close: () => Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r())))).then(() => {}),
  };
  for (let i = 0; i < count; i++) {
    const host = `127.0.0.${i + 1}`;
    const server = http.createServer((req, res) => {
      const key = `${host}${req.url}`;
      if (req.url === '/feed.xml') {
        feedHits++;
        return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(host, feeds.get(host) ?? []));
      }
      const page = pages.get(key);
      if (!page) return void res.writeHead(404).end('not found');
      hits++;
      out.onPage(hits);
      res.writeHead(200, HTML).end(page);
    });
    await new Promise<void>((r) => server.listen(0, host, r));
    servers.push(server);
    origins.push(`http://${host}:${(server.address() as AddressInfo).port}`);
    feeds.set(host, []);
  }
  const add = (outlet: number, path: string, title: string, body: string, day: number) => {
    const origin = origins[outlet]!;
    const host = new URL(origin).hostname;
    pages.set(`${host}${path}`, body);
    feeds
      .get(host)!
      .push({ title, link: `${origin}${path}`, guid: path, date: new Date(Date.UTC(2026, 2, 1 + day)).toISOString() });
    return `${origin}${path}`;
  };
  for (let n = 0; n < incidents; n++) {
    const city = CITIES[n % CITIES.length]!;
    const title = `${10 + n} people rescued from a trafficking ring in ${city} (case ${n})`;
    const text = incident({
      city,
      country: 'Nigeria',
      n: 10 + n,
      suspect: `Suspect ${n}A`,
      second: `Suspect ${n}B`,
      day: `March ${1 + (n % 28)}`,
    });
    const body = articlePage(title, [`Case number ${n} of the week.`, ...text]);
    out.incidents.push([n % count, (n + 1) % count].map((o) => add(o, `/news/case-${n}`, title, body, n % 28)));
  }
  for (let n = 0; n < others; n++) {
    const body = articlePage(
      `Weather report ${n}`,
      Array(4).fill(
        `Sunny weather expected in district ${n} all week, with light winds and no rain before Sunday according to forecasters.`,
      ),
    );
    out.others.push(add(n % count, `/weather/${n}`, `Weather report ${n}`, body, n % 28));
  }
  out.feeds = origins.map((o) => `${o}/feed.xml`);
  return out;
}
