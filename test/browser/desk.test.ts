// An editor's day in a real browser: sign in, open the queue, open a flagged story, correct a fact, edit the
// public title, publish, see it public, unpublish another, sign out; axe on every desk page; time per story.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { serve } from '@hono/node-server';
import type { BrowserContext, Page } from 'playwright-core';
import { openMemoryStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { addAccounts, addStory, deskApp, FLAGGED_NAME, PASSWORD } from '../web/desk/fixtures.ts';
import { axeViolations, launch, skipReason } from './browser.ts';

// Screenshots of the desk (phone 390×844 and desktop) go here; LANTERN_SCREENSHOTS overrides.
const SHOTS = process.env.LANTERN_SCREENSHOTS ?? '/tmp/desk-shots';
/** Stories the editor handles, one after the other, to time the work per story. */
const STORIES = 3;

describe('the desk in a browser: an editor’s day', { skip: skipReason }, () => {
  let server: ReturnType<typeof serve>;
  let store: Store;
  let base: string;
  let browser: Awaited<ReturnType<typeof launch>>;
  let context: BrowserContext;
  const foreign: string[] = [];
  const ids: number[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    store = await openMemoryStore();
    await addAccounts(store);
    for (let i = 0; i < STORIES; i++) ids.push(await addStory(store, `day-${i}`, i === 0 ? 2 : 1, i !== 2));
    const app = deskApp(store);
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((r) => server.once('listening', r));
    const port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    // The desk's origin check compares with the Host the browser sends, which is this address.
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

  async function checkPage(page: Page, what: string) {
    assert.equal(await page.locator('script').count(), 0, `${what}: no script`);
    assert.equal(await page.locator('[style]').count(), 0, `${what}: no inline style`);
    const v = await axeViolations(page);
    assert.deepEqual(v, [], `${what}: ${JSON.stringify(v, null, 1)}`);
  }

  async function shoot(page: Page, name: string) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/${name}-phone.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function submit(page: Page, button: string) {
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: button }).click()]);
    await page.waitForSelector('.flash, .error');
  }

  it('signs in, reviews and publishes each story, unpublishes one, signs out; pages pass axe', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/desk`);
    assert.match(page.url(), /\/login\?next=%2Fdesk$/);
    await checkPage(page, 'login');
    await shoot(page, 'login');
    await page.fill('#email', 'editor@desk.test');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/desk`), page.keyboard.press('Enter')]);
    const first = page.locator('ol.queue > li').first();
    assert.match((await first.textContent()) ?? '', /Urgent: children, identifying details/);
    assert.equal(await first.locator('.flag.privacy q').first().textContent(), FLAGGED_NAME);
    await checkPage(page, 'queue');
    await shoot(page, 'desk-queue');

    const times: number[] = [];
    for (let i = 0; i < STORIES; i++) {
      const t0 = performance.now();
      let spent = 0;
      await page.goto(`${base}/desk`);
      await Promise.all([page.waitForURL(/\/desk\/stories\/\d+$/), page.locator('ol.queue > li h3 a').first().click()]);
      const id = Number(/(\d+)$/.exec(page.url())![1]);
      if (i === 0) {
        // Checks and screenshots are not the editor's time.
        const t1 = performance.now();
        await checkPage(page, 'story');
        await shoot(page, 'desk-story');
        spent += performance.now() - t1;
      }
      await page.fill('#facts-victims', '1');
      await submit(page, 'Save the facts');
      assert.equal(await page.locator('.flash').textContent(), 'Facts saved.');
      await page.fill('#edit-text-title', `A teenager was rescued (story ${id})`);
      await submit(page, 'Save title and summary');
      await submit(page, 'Publish the story');
      assert.match((await page.locator('.flash').textContent()) ?? '', /^Published/);
      times.push(performance.now() - t0 - spent);
      const story = (await store.stories.get(id))!;
      assert.equal(story.status, 'published');
      assert.equal(story.victims, 1);
      assert.equal(story.publicTitle, `A teenager was rescued (story ${id})`);
      if (i === 0) {
        await Promise.all([
          page.waitForURL(/\/stories\//),
          page.getByRole('link', { name: 'See the public page' }).click(),
        ]);
        const h1 = await page.locator('h1').textContent();
        assert.ok(h1 === story.publicTitle || h1 === story.title, `public page heading: ${h1}`);
        await page.goBack();
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `editor time per story (open from queue, correct a fact, edit title, publish; ${STORIES} stories): median ${sorted[Math.floor(STORIES / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`,
    );

    await page.goto(`${base}/desk/stories/${ids[1]}`);
    await page.fill('#unpublish-reason', 'the court date is wrong');
    await submit(page, 'Unpublish (back to review)');
    assert.equal((await store.stories.get(ids[1]!))!.status, 'review');
    await page.goto(`${base}/desk?status=published`);
    await checkPage(page, 'queue (published)');
    await page.goto(`${base}/account`);
    await checkPage(page, 'account');
    await Promise.all([
      page.waitForURL(`${base}/login`),
      page.getByRole('button', { name: 'Sign out' }).first().click(),
    ]);
    assert.match((await page.locator('.flash').textContent()) ?? '', /signed out/);
    await page.goto(`${base}/desk`);
    assert.match(page.url(), /\/login/);
    await page.close();
  });

  it('shows a refusal next to its form, and the audit log to an admin', async () => {
    await context.clearCookies();
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.fill('#email', 'admin@desk.test');
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/desk`), page.getByRole('button', { name: 'Sign in' }).click()]);
    await page.goto(`${base}/desk/stories/${ids[1]}`);
    await page.fill('#merge-into', String(ids[1]));
    await submit(page, 'Merge');
    assert.match((await page.locator('#err-merge').textContent()) ?? '', /cannot be merged into itself/);
    await checkPage(page, 'story with an error');
    await page.goto(`${base}/desk/audit`);
    assert.ok((await page.locator('table.audit tbody tr').count()) >= STORIES * 3);
    await checkPage(page, 'audit');
    await shoot(page, 'desk-audit');
    assert.deepEqual(foreign, [], 'no third-party requests');
    await page.close();
  });
});
