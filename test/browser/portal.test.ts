import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { BrowserContext, Page } from 'playwright-core';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { createPortal } from '../../src/web/app.ts';
import { loadHotlines } from '../../src/web/hotlines.ts';
import { loadKnowledgeBase } from '../../src/web/kb.ts';
import { seedSamplesAsReal } from '../helpers/real-samples.ts';
import { axeViolations, launch, skipReason } from './browser.ts';

// Set LANTERN_SCREENSHOTS=folder to keep phone and desktop screenshots of the main pages.
const SHOTS = process.env.LANTERN_SCREENSHOTS;

describe('portal in a browser', { skip: skipReason }, () => {
  let server: ReturnType<typeof serve>;
  let store: Store;
  let base: string;
  let browser: Awaited<ReturnType<typeof launch>>;
  let context: BrowserContext;
  const foreign: string[] = [];

  before(async () => {
    // The real SQLite store holding the bundled (fictional) stories filed as if monitored: samples are
    // left out of filters, the map and trends, and these pages are about what a real monitor shows.
    store = await openMemoryStore();
    await seedSamplesAsReal(store);
    const app = createPortal({
      store,
      config: { publicUrl: 'http://127.0.0.1', allowRepublish: false },
      kb: loadKnowledgeBase(),
      hotlines: loadHotlines(),
    });
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
    context = browser.context;
    context.on('request', (req) => {
      if (!req.url().startsWith(base) && !req.url().startsWith('data:')) foreign.push(req.url());
    });
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
    await store?.close();
  });

  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    const res = await page.goto(base + path, { waitUntil: 'load', timeout: 15_000 });
    assert.equal(res?.status(), 200, path);
    return page;
  }

  async function checkA11y(page: Page, what: string) {
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${what}: ${JSON.stringify(v, null, 1)}`);
  }

  async function shoot(page: Page, name: string) {
    if (!SHOTS) return;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('opens the home page: stories, report link, no accessibility violations', async () => {
    const page = await open('/');
    assert.ok((await page.locator('ol.stories li.card').count()) >= 5);
    assert.equal(await page.locator('header a.report').getAttribute('href'), '/report');
    await checkA11y(page, 'home');
    await shoot(page, 'home');
    await page.close();
  });

  it('filters by country with the form', async () => {
    const page = await open('/');
    await page.locator('details.filter-box summary').click();
    await page.selectOption('#f-country', 'PH');
    await Promise.all([page.waitForURL(/country=PH/), page.click('form.filters button[type=submit]')]);
    const titles = await page.locator('ol.stories h3').allTextContents();
    assert.ok(titles.length >= 1);
    assert.ok(titles.some((t) => /Manila/.test(t)));
    assert.ok(!titles.some((t) => /Texas/.test(t)));
    await page.close();
  });

  it('searches', async () => {
    const page = await open('/search');
    await page.fill('#q', 'fishing');
    await Promise.all([page.waitForURL(/q=fishing/), page.press('#q', 'Enter')]);
    assert.ok((await page.locator('ol.stories mark').count()) >= 1);
    await checkA11y(page, 'search');
    await shoot(page, 'search');
    await page.close();
  });

  it('opens a story from the home page', async () => {
    const page = await open('/');
    await Promise.all([page.waitForURL(/\/stories\//), page.locator('ol.stories h3 a').first().click()]);
    assert.equal(await page.locator('section.facts dt').first().textContent(), 'Forms of exploitation');
    await checkA11y(page, 'story');
    await shoot(page, 'story');
    await page.close();
  });

  it('goes from the map to a country page', async () => {
    const page = await open('/map');
    await checkA11y(page, 'map');
    await shoot(page, 'map');
    await Promise.all([
      page.waitForURL(/\/country\/in$/),
      page.locator('svg.worldmap a[href="/country/in"] path').click(),
    ]);
    assert.equal(await page.locator('h1').textContent(), 'India');
    await checkA11y(page, 'country');
    await shoot(page, 'country');
    await page.close();
  });

  it('opens the report page and the other public pages without violations', async () => {
    for (const path of ['/report', '/trends', '/kb', '/kb/what-is-trafficking', '/form/labour', '/feeds']) {
      const page = await open(path);
      await checkA11y(page, path);
      await shoot(page, path.slice(1).replace(/\//g, '-'));
      if (path === '/report') assert.match((await page.locator('body').textContent()) ?? '', /0800 222 777/);
      await page.close();
    }
  });

  it('report page: picks the reader’s country without JS, stays short on a phone, regions open accessibly', async () => {
    const page = await open('/report');
    await page.setViewportSize({ width: 390, height: 844 });
    const phoneHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(phoneHeight < 3600, `report page ${phoneHeight}px long on a phone`);
    await page.selectOption('#country-pick', 'ng');
    await Promise.all([page.waitForURL(/country=ng/), page.click('form.country-pick button[type=submit]')]);
    assert.equal(await page.locator('#yours-h').textContent(), 'Nigeria');
    await checkA11y(page, 'report, a country chosen');
    await shoot(page, 'report-nigeria');
    await page.locator('details.region summary').first().click();
    assert.equal(await page.locator('details.region').first().getAttribute('open'), '');
    for (const d of await page.locator('details.region').all()) await d.evaluate((e) => e.setAttribute('open', ''));
    await checkA11y(page, 'report, every region open');
    await page.close();
  });

  it('switches language with the switcher: Arabic right to left, French left to right, no violations in either', async () => {
    const page = await open('/map');
    await Promise.all([page.waitForURL(/\/ar\/map$/), page.locator('nav.langs a[lang="ar"]').click()]);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    assert.equal(await page.locator('h1').textContent(), 'الأخبار حسب البلد');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
    await checkA11y(page, 'map in Arabic');
    await Promise.all([page.waitForURL(/\/ar\/$/), page.locator('header a.brand').click()]);
    await checkA11y(page, 'home in Arabic');
    await Promise.all([page.waitForURL(/\/ar\/stories\//), page.locator('ol.stories h3 a').first().click()]);
    assert.equal(await page.locator('section.facts h2').textContent(), 'الوقائع');
    await checkA11y(page, 'story in Arabic');
    await page.setViewportSize({ width: 390, height: 844 });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    assert.equal(wide, false, 'no sideways scrolling on a phone in Arabic');
    await page.setViewportSize({ width: 1280, height: 900 });
    await Promise.all([page.waitForURL(/\/fr\/stories\//), page.locator('nav.langs a[lang="fr"]').click()]);
    assert.equal(await page.locator('html').getAttribute('dir'), 'ltr');
    await checkA11y(page, 'story in French');
    for (const path of ['/ar/report', '/fr/report', '/ar/trends', '/fr/', '/es/', '/pt/report', '/sw/', '/sw/report']) {
      const p2 = await open(path);
      await checkA11y(p2, path);
      await p2.close();
    }
    await page.close();
  });

  it('on a phone, in every language: navigation on one row and the first story on the first screen', async () => {
    for (const path of ['/', '/fr/', '/es/', '/pt/', '/sw/', '/ar/']) {
      const page = await open(path);
      await page.setViewportSize({ width: 390, height: 844 });
      const m = await page.evaluate(() => ({
        rows: new Set(
          [...document.querySelectorAll('.main-nav li')].map((li) => Math.round(li.getBoundingClientRect().top)),
        ).size,
        first: document.querySelector('ol.stories li.card')?.getBoundingClientRect().top ?? 9999,
      }));
      assert.equal(m.rows, 1, `${path}: navigation wraps`);
      assert.ok(m.first < 400, `${path}: first story starts ${m.first}px down`);
      await page.close();
    }
  });

  it('wraps very long outlet and country names on a phone, in both directions', async () => {
    for (const path of ['/', '/ar/']) {
      const page = await open(path);
      await page.setViewportSize({ width: 390, height: 844 });
      // A 160-character outlet name and country tag, as a hostile or careless feed could give.
      await page.evaluate(() => {
        const long =
          'Radiodiffusion-Télévision-Nationale-Communautaire-Indépendante'.repeat(2) +
          'الإذاعةالوطنيةالمستقلة'.repeat(2);
        for (const el of document.querySelectorAll('.credit bdi, a.tag.country')) el.textContent = long;
      });
      const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(wide, false, `${path}: long names widen the page`);
      await page.close();
    }
  });

  it('reads a feed', async () => {
    const res = await context.request.get(`${base}/feeds/stories.rss`);
    assert.equal(res.status(), 200);
    assert.match(await res.text(), /<rss version="2.0"/);
  });

  it('made no third-party requests', () => {
    assert.deepEqual(foreign, []);
  });
});
