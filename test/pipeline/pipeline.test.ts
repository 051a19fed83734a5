import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pollSource } from '../../src/pipeline/poll.ts';
import { reply } from '../helpers/http-server.ts';
import { articlePage, incident, rss, type World, world } from './world.ts';

const LAGOS = { city: 'Lagos', country: 'Nigeria', n: 12, suspect: 'Obinna Kalu', second: 'Grace Eze', day: 'Tuesday' };

describe('the orchestrator', () => {
  let w: World;
  before(async () => {
    w = await world();
  });
  after(() => w.close());

  it('stores each article once with its analysis, credit and story, and re-running adds nothing', async () => {
    const o = w.server.origin;
    w.server.route(
      '/a/lagos-club',
      reply(200, articlePage('Twelve women rescued from Lagos nightclub', incident(LAGOS)), {
        'content-type': 'text/html; charset=utf-8',
      }),
    );
    w.server.route(
      '/a/weather',
      reply(
        200,
        articlePage(
          'Sunny week ahead',
          Array(5).fill(
            'The weather will be sunny and warm all week across the region, with light winds from the west and no rain expected before Sunday evening according to forecasters.',
          ),
        ),
        { 'content-type': 'text/html' },
      ),
    );
    let feedHits = 0;
    w.server.route('/feed.xml', (req, res) => {
      feedHits++;
      if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' });
      res.end(
        rss('Herald', [
          {
            title: 'Twelve women rescued from Lagos nightclub',
            link: `${o}/a/lagos-club?utm_source=rss`,
            guid: 'h1',
            date: '2026-03-03T08:00:00Z',
          },
          { title: 'Sunny week ahead', link: `${o}/a/weather`, guid: 'h2' },
        ]),
      );
    });
    const source = await w.store.sources.add({
      url: `${o}/feed.xml`,
      name: 'Coast Herald',
      creditName: 'The Coast Herald',
      nextFetchAt: '2000-01-01T00:00:00.000Z',
    });
    const r1 = await pollSource(w.ctx, source);
    assert.equal(r1.status, 'ok', r1.error ?? '');
    assert.equal(r1.added, 2);
    assert.equal(await w.store.articles.count(), 2);
    const row = (await w.store.sources.get(source.id))!;
    assert.equal(row.etag, '"f1"');
    assert.equal(row.kind, 'rss');
    assert.equal(row.errorCount, 0);
    assert.ok(row.nextFetchAt > new Date().toISOString());
    // Poll again: 304, nothing new. Then again without validators: entries known, nothing new.
    const r2 = await pollSource(w.ctx, row);
    assert.equal(r2.status, 'not-modified');
    const r3 = await pollSource(w.ctx, { ...row, etag: null, lastModified: null });
    assert.equal(r3.added, 0);
    assert.equal(r3.known, 2);
    assert.equal(await w.store.articles.count(), 2);
    assert.equal(feedHits, 3);
  });

  it('keeps analysis, status, credit and story on the stored article', async () => {
    const found = await w.store.search.run({ q: 'nightclub', limit: 5 });
    assert.equal(found.hits.length, 1);
    const a = (await w.store.articles.get(found.hits[0]!.articleId))!;
    assert.equal(a.analysis?.relevant, true);
    assert.equal(a.sourceCredit, 'The Coast Herald');
    // Auto-publishing is off by default (issue 12): every relevant article waits for an editor.
    const auto =
      w.config.autoPublish && a.analysis!.relevance >= w.config.autoPublishScore && !a.analysis!.flags.length;
    assert.equal(a.status, auto ? 'published' : 'review');
    assert.ok(a.storyId);
    const story = (await w.store.stories.get(a.storyId!))!;
    assert.equal(story.articleCount, 1);
    assert.equal(story.firstSeenAt, '2026-03-03T08:00:00.000Z');
    assert.match(a.canonicalUrl, /\/a\/lagos-club$/);
    assert.match(a.simhash!, /^[0-9a-f]{16}$/);
  });

  it('folds one article reached through two feeds and two URL variants into one', async () => {
    const o = w.server.origin;
    const page = articlePage('Labour inspectors free farm workers in Kumasi', [
      'Labour inspectors in Kumasi, Ghana, freed 23 farm workers who had been held in debt bondage on a cocoa plantation, the ministry said on Friday.',
      'The workers, recruited from northern villages by Kwame Asante, were paid nothing for eight months and were forbidden to leave the farm.',
      'Asante and his brother Yaw Boateng were arrested and charged with human trafficking and forced labour under the anti-trafficking law.',
      'Officials in Kumasi said the freed workers were given shelter, food and medical checks and would be helped to return home.',
    ]);
    w.server.route('/farm', reply(200, page, { 'content-type': 'text/html' }));
    w.server.route('/farm/amp', reply(200, page, { 'content-type': 'text/html' }));
    w.server.route(
      '/feed-a.xml',
      reply(200, rss('A', [{ title: 'Farm workers freed', link: `${o}/farm?utm_campaign=x` }])),
    );
    w.server.route(
      '/feed-b.json',
      reply(
        200,
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'B',
          items: [{ id: '1', url: `${o}/farm/amp#top`, title: 'Farm workers freed' }],
        }),
        { 'content-type': 'application/feed+json' },
      ),
    );
    const before = await w.store.articles.count();
    const a = await w.store.sources.add({ url: `${o}/feed-a.xml`, nextFetchAt: '2000-01-01T00:00:00.000Z' });
    const b = await w.store.sources.add({ url: `${o}/feed-b.json`, nextFetchAt: '2000-01-01T00:00:00.000Z' });
    const ra = await pollSource(w.ctx, a);
    const rb = await pollSource(w.ctx, b);
    assert.equal(ra.added, 1, ra.error ?? '');
    assert.equal(rb.added + rb.duplicates, 0);
    assert.equal(rb.known, 1);
    assert.equal(await w.store.articles.count(), before + 1);
  });

  it("folds a syndicated copy on another site into the original's story, and another outlet's report of the same incident too", async () => {
    // A second site on the same server: "localhost" is another host name for the same loopback server.
    const w2 = await world({ LANTERN_FETCH_ALLOW: '127.0.0.1,localhost' });
    try {
      const o1 = w2.server.origin;
      const o2 = `http://localhost:${w2.server.port}`;
      const paras = incident(LAGOS);
      w2.server.route(
        '/orig',
        reply(200, articlePage('Twelve women rescued from Lagos nightclub', paras), { 'content-type': 'text/html' }),
      );
      w2.server.route(
        '/copy',
        reply(200, articlePage('Lagos: 12 women freed', ['Article from: The Coast Herald', ...paras]), {
          'content-type': 'text/html',
        }),
      );
      w2.server.route(
        '/other-outlet',
        reply(
          200,
          articlePage('Nightclub owner Obinna Kalu charged with trafficking in Lagos', [
            'A Lagos court on Wednesday charged nightclub owner Obinna Kalu with human trafficking after police said they had freed 12 women held at his club.',
            'Kalu and his alleged recruiter, Grace Eze, lured the women from Benin City with offers of waitressing work abroad, prosecutors in Lagos told the court.',
            'The women were forced into prostitution and had their passports taken, the prosecutors said. Kalu and Eze denied the charges.',
            "Nigeria's anti-trafficking agency said the 12 women were in a shelter in Lagos and were receiving care and counselling.",
          ]),
          { 'content-type': 'text/html' },
        ),
      );
      w2.server.route(
        '/f1.xml',
        reply(200, rss('One', [{ title: 'Twelve women rescued from Lagos nightclub', link: `${o1}/orig` }])),
      );
      w2.server.route(
        '/f2.xml',
        reply(
          200,
          rss('Two', [
            { title: 'Lagos: 12 women freed', link: `${o2}/copy` },
            { title: 'Nightclub owner Obinna Kalu charged with trafficking in Lagos', link: `${o2}/other-outlet` },
          ]),
        ),
      );
      const s1 = await w2.store.sources.add({ url: `${o1}/f1.xml`, nextFetchAt: '2000-01-01T00:00:00.000Z' });
      const s2 = await w2.store.sources.add({
        url: `${o2}/f2.xml`,
        creditName: 'Wire Two',
        nextFetchAt: '2000-01-01T00:00:00.000Z',
      });
      assert.equal((await pollSource(w2.ctx, s1)).added, 1);
      const r2 = await pollSource(w2.ctx, s2);
      assert.equal(r2.error, null);
      assert.equal(r2.duplicates, 1);
      assert.equal(r2.added, 1);
      const hits = (await w2.store.search.run({ q: 'Kalu', limit: 10 })).hits;
      const articles = await Promise.all(hits.map((h) => w2.store.articles.get(h.articleId)));
      assert.equal(articles.length, 3);
      const stories = new Set(articles.map((a) => a!.storyId));
      assert.equal(stories.size, 1, 'one story');
      const copy = articles.find((a) => a!.url.endsWith('/copy'))!;
      const orig = articles.find((a) => a!.url.endsWith('/orig'))!;
      assert.equal(copy.duplicateOf, orig.id);
      assert.equal(copy.sourceCredit, 'The Coast Herald', 'the credit line the copy carries');
      assert.equal((await w2.store.stories.get([...stories][0]!))!.articleCount, 3);
    } finally {
      await w2.close();
    }
  });

  it('monitors a single page, a news sitemap and an Atom feed', async () => {
    const o = w.server.origin;
    const paras = incident({
      city: 'Tirana',
      country: 'Albania',
      n: 6,
      suspect: 'Arben Hoxha',
      second: 'Elira Meta',
      day: 'Thursday',
    });
    w.server.route(
      '/single',
      reply(200, articlePage('Six women freed in Tirana', paras), { 'content-type': 'text/html' }),
    );
    w.server.route(
      '/sm/1',
      reply(
        200,
        articlePage(
          'Sitemap story',
          incident({
            city: 'Skopje',
            country: 'North Macedonia',
            n: 4,
            suspect: 'Goran Trajkov',
            second: 'Vesna Ilievska',
            day: 'Monday',
          }),
        ),
        { 'content-type': 'text/html' },
      ),
    );
    w.server.route(
      '/at/1',
      reply(
        200,
        articlePage(
          'Atom story',
          incident({
            city: 'Chisinau',
            country: 'Moldova',
            n: 8,
            suspect: 'Ion Rusu',
            second: 'Maria Popa',
            day: 'Friday',
          }),
        ),
        { 'content-type': 'text/html' },
      ),
    );
    w.server.route(
      '/news-sitemap.xml',
      reply(
        200,
        `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>${o}/sm/1</loc><news:news><news:publication_date>2026-03-01T10:00:00Z</news:publication_date><news:title>Four rescued in Skopje</news:title></news:news></url></urlset>`,
        { 'content-type': 'application/xml' },
      ),
    );
    w.server.route(
      '/atom.xml',
      reply(
        200,
        `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>a</id><updated>2026-03-01T00:00:00Z</updated><entry><title>Eight rescued in Chisinau</title><id>x1</id><link href="${o}/at/1"/><updated>2026-03-01T00:00:00Z</updated></entry></feed>`,
        { 'content-type': 'application/atom+xml' },
      ),
    );
    for (const [url, kind, expected] of [
      [`${o}/single`, 'page', 'page'],
      [`${o}/news-sitemap.xml`, 'auto', 'sitemap'],
      [`${o}/atom.xml`, 'auto', 'atom'],
    ] as const) {
      const source = await w.store.sources.add({ url, kind, nextFetchAt: '2000-01-01T00:00:00.000Z' });
      const r = await pollSource(w.ctx, source);
      assert.equal(r.added, 1, `${url}: ${r.error}`);
      assert.equal((await w.store.sources.get(source.id))!.kind, expected);
      const again = await pollSource(w.ctx, (await w.store.sources.get(source.id))!);
      assert.equal(again.added + again.duplicates, 0);
    }
    const hit = (await w.store.search.run({ q: 'Skopje', limit: 1 })).hits[0]!;
    assert.equal((await w.store.articles.get(hit.articleId))!.publishedAt, '2026-03-01T10:00:00.000Z');
  });

  it('fetches a feed link that redirects only once per process', async () => {
    const o = w.server.origin;
    const page = articlePage(
      'Court jails recruiter in Lusaka',
      incident({
        city: 'Lusaka',
        country: 'Zambia',
        n: 5,
        suspect: 'Bwalya Mwale',
        second: 'Chanda Phiri',
        day: 'Wednesday',
      }),
    );
    w.server.route('/final/lusaka', reply(200, page, { 'content-type': 'text/html' }));
    w.server.route('/go/77', reply(302, '', { location: '/final/lusaka' }));
    w.server.route(
      '/redirecting.xml',
      reply(200, rss('R', [{ title: 'Court jails recruiter in Lusaka', link: `${o}/go/77` }])),
    );
    const source = await w.store.sources.add({ url: `${o}/redirecting.xml`, nextFetchAt: '2000-01-01T00:00:00.000Z' });
    assert.equal((await pollSource(w.ctx, source)).added, 1);
    const again = await pollSource(w.ctx, (await w.store.sources.get(source.id))!);
    assert.equal(again.known, 1);
    assert.equal(w.server.log.filter((p) => p === '/go/77').length, 1);
    const hit = (await w.store.search.run({ q: 'Lusaka', limit: 1 })).hits[0]!;
    assert.match((await w.store.articles.get(hit.articleId))!.canonicalUrl, /\/final\/lusaka$/);
  });
});
