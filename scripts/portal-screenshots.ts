// Screenshots of portal pages at phone (390 px) and desktop (1280 px) widths, in chosen languages, with the sample
// stories in a memory store; prints page height, where the first story card starts and whether the page scrolls
// sideways. Needs Debian's chromium. Usage:
//   OUT=/tmp/shots LANGS="en fr ar" PAGES="home story report map" [FULL=1] node --import tsx scripts/portal-screenshots.ts
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { openMemoryStore } from '../src/store/open.ts';
import { createPortal } from '../src/web/app.ts';
import { loadHotlines } from '../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../src/web/kb.ts';
import { launch } from '../test/browser/browser.ts';
import { seedSamplesAsReal } from '../test/helpers/real-samples.ts';

const store = await openMemoryStore();
await seedSamplesAsReal(store);
const app = createPortal({
  store,
  config: { publicUrl: 'http://127.0.0.1', allowRepublish: false },
  kb: loadKnowledgeBase(),
  hotlines: loadHotlines(),
});
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const slug =
  (await store.stories.list({ published: true, limit: 5 })).stories.find((x) => x.articleCount > 1)?.slug ??
  (await store.stories.list({ published: true, limit: 1 })).stories[0]!.slug;
const OUT = process.env.OUT ?? '/tmp/shots';
mkdirSync(OUT, { recursive: true });
const b = await launch();
const langs = (process.env.LANGS ?? 'en fr ar').split(' ');
const pages = (process.env.PAGES ?? 'home story report map').split(' ');
const paths: Record<string, string> = {
  home: '/',
  story: `/stories/${slug}`,
  report: '/report',
  map: '/map',
  trends: '/trends',
  country: '/country/ph',
  kb: '/kb',
  what: '/kb/what-is-trafficking',
  signs: '/kb/signs',
  search: '/search?q=fishing',
};
for (const lang of langs) {
  for (const name of pages) {
    const page = await b.context.newPage();
    const p = paths[name]!;
    const url = base + (lang === 'en' ? p : p === '/' ? `/${lang}/` : `/${lang}${p}`);
    for (const [w, h, tag] of [
      [390, 844, 'phone'],
      [1280, 900, 'desktop'],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(url, { waitUntil: 'load' });
      const full = process.env.FULL === '1';
      await page.screenshot({ path: `${OUT}/${lang}-${name}-${tag}.png`, fullPage: full });
      const info = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        firstCard:
          (document.querySelector('ol.stories li.card') as HTMLElement | null)?.getBoundingClientRect().top ?? -1,
        overflow: document.documentElement.scrollWidth > window.innerWidth,
        navRows: new Set(
          [...document.querySelectorAll('.main-nav li')].map((li) => Math.round(li.getBoundingClientRect().top)),
        ).size,
      }));
      console.log(lang, name, tag, JSON.stringify(info));
    }
    await page.close();
  }
}
await b.close();
server.close();
await store.close();
