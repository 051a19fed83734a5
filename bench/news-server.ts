// A fixture news server for the ingest benchmarks: synthetic articles (trafficking reports with syndicated copies,
// and general news) as HTML pages and RSS feeds, served from a worker thread so it has its own core.
import { Worker } from 'node:worker_threads';
import { generalNews, shuffle, syntheticNews } from './synthetic-news.ts';

/** The server: plain JS in a worker thread; pages and feeds are prepared here and handed over. */
const SERVER = `
const http = require('node:http');
const { workerData, parentPort } = require('node:worker_threads');
const { pages, feeds } = workerData;
const server = http.createServer((req, res) => {
  const path = req.url.split('?')[0];
  let m;
  if ((m = /^\\/a\\/(\\d+)$/.exec(path)) && pages[+m[1]] !== undefined) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(pages[+m[1]]);
  }
  if ((m = /^\\/feed\\/(\\d+)\\.xml$/.exec(path)) && feeds[+m[1]] !== undefined) {
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    return res.end(feeds[+m[1]]);
  }
  res.writeHead(404).end();
});
server.keepAliveTimeout = 60000;
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title: string, text: string, i: number): string {
  const paras = text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | Bench News</title><meta property="og:title" content="${escapeHtml(title)}"><meta property="article:published_time" content="2026-03-0${1 + (i % 9)}T08:00:00Z"></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About</a></nav></header><main><article><h1>${escapeHtml(title)}</h1><p class="byline">By Bench Desk</p>${paras}</article><aside><h3>Most read</h3><ul><li><a href="/x">Another story</a></li><li><a href="/y">Yet another story</a></li></ul></aside></main><footer>© Bench News — all rights reserved</footer></body></html>`;
}

function feed(f: number, ids: number[], titles: string[]): string {
  const items = ids
    .map(
      (i) =>
        `<item><title>${escapeXml(titles[i]!)}</title><link>/a/${i}?utm_source=rss</link><guid isPermaLink="false">b-${i}</guid><description>${escapeXml(titles[i]!)}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${f}</title><link>http://bench/</link>${items}</channel></rss>`;
}

/** A running fixture server: its origin, its feed URLs, and how to stop it. */
export interface NewsServer {
  origin: string;
  feeds: string[];
  close(): Promise<void>;
}

/** Starts a server with `articles` articles (a `share` of them trafficking reports and copies) over `feedCount` feeds. */
export async function startNewsServer(articles: number, feedCount: number, share: number): Promise<NewsServer> {
  const relevant = Math.round(articles * share);
  const news = shuffle([
    ...syntheticNews(Math.ceil(relevant / 3)).slice(0, relevant),
    ...generalNews(articles - relevant),
  ]);
  const titles = news.map((a) => a.title);
  const pages = news.map((a, i) => page(a.title, a.text, i));
  const feeds = Array.from({ length: feedCount }, (_, f) => {
    const ids = news.map((_, i) => i).filter((i) => i % feedCount === f);
    return feed(f, ids, titles);
  });
  const worker = new Worker(SERVER, { eval: true, workerData: { pages, feeds } });
  const port = await new Promise<number>((r) => worker.once('message', r));
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    feeds: feeds.map((_, f) => `${origin}/feed/${f}.xml`),
    close: async () => {
      await worker.terminate();
    },
  };
}
