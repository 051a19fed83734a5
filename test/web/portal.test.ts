import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CSP } from '../../src/web/app.ts';
import { portalApp } from './fixtures.ts';

type App = Awaited<ReturnType<typeof portalApp>>;
let p: App;
const get = (path: string, init?: RequestInit) => p.app.request(path, init);

describe('public portal', () => {
  before(async () => {
    p = await portalApp();
  });

  it('home lists published stories with credit, date, countries and forms, and a report link', async () => {
    const r = await get('/');
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-security-policy'), CSP);
    const body = await r.text();
    assert.match(body, /Article from: <a href="https:\/\/news\.example\.org\/2026\/08\/cape-town/);
    assert.match(body, /<time datetime="2026-/);
    assert.match(body, /class="tag form" href="\/form\/labour">Forced labour/);
    assert.match(body, /class="report" href="\/report"/);
    assert.match(body, /Sample · fictional/);
    assert.match(body, /<svg class="worldmap"/);
    assert.doesNotMatch(body, /Unpublished draft/);
    assert.doesNotMatch(body, /<script(?! type="application\/ld\+json")/);
    assert.doesNotMatch(body, /style=/);
  });

  it('filters the home page by country, form and date', async () => {
    const ph = await (await get('/?country=PH')).text();
    assert.match(ph, /Manila/);
    assert.doesNotMatch(ph, /Cape Town harbour/);
    const labour = await (await get('/?type=labour')).text();
    assert.match(labour, /Cape Town/);
    assert.doesNotMatch(labour, /Manila over online/);
    const dated = await (await get('/?from=2026-09-01&to=2026-09-30')).text();
    assert.match(dated, /Manila/);
    assert.doesNotMatch(dated, /Texas/);
  });

  it('answers bad filters with 400 and a clear message', async () => {
    const r = await get('/?country=Narnia');
    assert.equal(r.status, 400);
    assert.match(await r.text(), /country=&quot;Narnia&quot;: not an ISO 3166-1 alpha-2 code/);
    assert.equal((await get('/?from=yesterday')).status, 400);
    assert.equal((await get(`/search?q=${'a'.repeat(300)}`)).status, 400);
  });

  it('escapes hostile article text and never links to javascript:', async () => {
    const r = await get('/stories/hostile-markup');
    assert.equal(r.status, 200);
    const body = await r.text();
    assert.doesNotMatch(body, /<script>alert/);
    assert.doesNotMatch(body, /<img src=x/);
    assert.doesNotMatch(body, /href="javascript:/);
    assert.match(body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('story page: excerpt, source link, facts, map, coverage, evidence, OpenGraph and JSON-LD', async () => {
    const s = p.stories.find((x) => x.articleCount === 2 && x.countries.includes('MZ'))!;
    const body = await (await get(`/stories/${s.slug}`)).text();
    assert.match(body, /class="excerpt"/);
    assert.match(body, /Read the full article at <bdi>Example Coastal News/);
    assert.match(body, /<dt>Forms of exploitation<\/dt><dd>Forced labour/);
    assert.match(body, /<dt>People affected<\/dt><dd>14/);
    assert.match(body, /class="locator"/);
    assert.match(body, /Coverage by other outlets/);
    assert.match(body, /Example World Desk/);
    assert.doesNotMatch(body, /Pending Outlet/);
    assert.match(body, /Why Lantern classified it so/);
    assert.match(body, /property="og:title"/);
    const ld = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(body);
    assert.ok(ld);
    assert.equal(JSON.parse(ld[1]!)['@type'], 'Article');
    assert.match(body, /fictional sample written by the Lantern team/);
    assert.doesNotMatch(body, /Two suspects were arrested and will appear in court on charges/);
  });

  it('shows the full text only when republishing is allowed', async () => {
    const q = await portalApp({ config: { publicUrl: 'http://lantern.test', allowRepublish: true } });
    const s = q.stories.find((x) => x.countries.includes('MZ'))!;
    const body = await (await q.app.request(`/stories/${s.slug}`)).text();
    assert.match(body, /class="fulltext"/);
    assert.match(body, /Two suspects were arrested and will appear in court/);
  });

  it('report and knowledge-base pages carry a quick exit: a plain link, made better by a static script', async () => {
    for (const path of ['/report', '/kb', '/kb/signs']) {
      const body = await (await get(path)).text();
      assert.match(body, /<a class="quick-exit" id="quick-exit" href="https:\/\/www\.bbc\.com\/weather"/, path);
      assert.match(body, /<script src="\/static\/quick-exit\.js\?v=[0-9a-f]+" defer><\/script>/, path);
      assert.doesNotMatch(body, /<script>/, path);
    }
    const js = await get('/static/quick-exit.js');
    assert.equal(js.status, 200);
    const code = await js.text();
    assert.match(code, /location\.replace/);
    assert.match(code, /Escape/);
    assert.doesNotMatch(await (await get('/')).text(), /quick-exit/);
  });

  it('hides unpublished stories and unknown pages', async () => {
    assert.equal((await get('/stories/unpublished-draft')).status, 404);
    assert.equal((await get('/stories/nope')).status, 404);
    assert.equal((await get('/country/xx')).status, 404);
    assert.equal((await get('/form/nope')).status, 404);
    assert.equal((await get('/kb/nope')).status, 404);
    const nf = await get('/no/such/page');
    assert.equal(nf.status, 404);
    assert.match(await nf.text(), /Report trafficking/);
  });

  it('country and form pages list stories, a trend and feeds', async () => {
    const za = await (await get('/country/ph')).text();
    assert.match(za, /<h1>Philippines<\/h1>/);
    assert.match(za, /1343/);
    assert.match(za, /href="\/feeds\/country\/ph\.rss"/);
    assert.match(za, /<table>/);
    const form = await (await get('/form/labour')).text();
    assert.match(form, /<h1>Forced labour<\/h1>/);
    assert.match(form, /ILO Forced Labour Convention/);
  });

  it('map page links countries to their pages and repeats the numbers in a table', async () => {
    const body = await (await get('/map')).text();
    assert.match(body, /<a href="\/country\/ph" aria-label="Philippines: \d+ stor(y|ies)">/);
    assert.match(body, /<table class="counts">/);
  });

  it('trends page draws charts with tables behind them', async () => {
    const body = await (await get('/trends')).text();
    // All stories (each once), by form, by country.
    assert.equal((body.match(/<svg class="chart"/g) ?? []).length, 3);
    assert.equal((body.match(/<table>/g) ?? []).length, 3);
    assert.match(body, /Stories per month \(each story once\)/);
  });

  it('search shows hits with escaped, highlighted snippets and facets', async () => {
    const body = await (await get('/search?q=fishing')).text();
    assert.match(body, /<mark>/);
    assert.match(body, /href="\/stories\/sample-/);
    assert.match(body, /class="facet"/);
    const filtered = await (await get('/search?q=fishing&country=MZ')).text();
    assert.match(filtered, /aria-label="Active filters"/);
    assert.match(filtered, /href="\/search\?q=fishing">Country: Mozambique/);
    const empty = await (await get('/search')).text();
    assert.match(empty, /name="q"/);
  });

  it('knowledge base and report pages render our own content with sources', async () => {
    const kb = await (await get('/kb')).text();
    assert.match(kb, /What is trafficking in persons\?/);
    const def = await (await get('/kb/what-is-trafficking')).text();
    assert.match(def, /The act/);
    assert.match(def, /ohchr\.org/);
    const report = await (await get('/report')).text();
    for (const n of ['0800 222 777', '08000 73728', '10111', '1-888-373-7888', '233733', '08000 121 700'])
      assert.ok(report.includes(n), n);
    assert.match(report, /Source: <a href="https:\/\/humantraffickinghotline\.org\/"/);
    // Free/confidential only where the source says so: the US line is confidential, the ZA police line says nothing.
    assert.match(report, /1-888-373-7888<\/a>[\s\S]*?<span class="terms">Confidential · 24 hours<\/span>/);
    assert.match(report, /0800 222 777<\/a><br><span class="terms">Free to call<\/span>/);
    assert.match(
      report,
      /South African Police Service<\/bdi><\/strong>: <a href="tel:10111" dir="ltr">10111<\/a>\s*<br><span class="source">/,
    );
  });

  it('serves RSS, Atom and JSON Feed overall, per country and per form', async () => {
    const rss = await get('/feeds/stories.rss');
    assert.match(rss.headers.get('content-type')!, /application\/rss\+xml/);
    const xml = await rss.text();
    assert.match(xml, /<rss version="2.0"/);
    assert.match(xml, /\[Sample, fictional\]/);
    assert.doesNotMatch(xml, /Unpublished/);
    assert.match(await (await get('/feeds/stories.atom')).text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    const json = JSON.parse(await (await get('/feeds/stories.json')).text());
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1');
    assert.ok(json.items.length >= 8);
    const ph = JSON.parse(await (await get('/feeds/country/ph.json')).text());
    assert.ok(ph.items.every((i: { tags: string[] }) => i.tags.includes('Philippines')));
    const form = await (await get('/feeds/form/forced-begging.atom')).text();
    assert.match(form, /Mumbai/);
    assert.equal((await get('/feeds/form/nope.rss')).status, 404);
    assert.equal((await get('/feeds/stories.xml')).status, 404);
  });

  it('serves sitemap.xml, robots.txt and static files', async () => {
    const sm = await (await get('/sitemap.xml')).text();
    assert.match(sm, /<loc>http:\/\/lantern\.test\/stories\/sample-/);
    assert.doesNotMatch(sm, /unpublished-draft/);
    const robots = await (await get('/robots.txt')).text();
    assert.match(robots, /Sitemap: http:\/\/lantern\.test\/sitemap\.xml/);
    assert.match(robots, /Disallow: \/desk\nDisallow: \/login\n/);
    const css = await get('/static/style.css');
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type')!, /text\/css/);
    assert.equal((await get('/static/../package.json')).status, 404);
  });

  it('compresses cached pages and keeps the home page small', async () => {
    const q = await portalApp({ cacheMs: 60_000 });
    const a = await q.app.request('/', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(a.headers.get('content-encoding'), 'gzip');
    const page = Buffer.from(await a.arrayBuffer());
    const { gunzipSync } = await import('node:zlib');
    const assets = [
      ...gunzipSync(page)
        .toString()
        .matchAll(/(?:href|src)="(\/static\/[^"]+)"/g),
    ].map((m) => m[1]!);
    assert.ok(assets.length >= 2);
    let bytes = page.byteLength;
    for (const path of new Set(assets)) {
      const r = await q.app.request(path, { headers: { 'accept-encoding': 'gzip' } });
      assert.equal(r.status, 200, path);
      bytes += (await r.arrayBuffer()).byteLength;
    }
    assert.ok(bytes < 100_000, `home with its assets is ${bytes} bytes gzipped`);
    const b = await q.app.request('/');
    assert.equal(b.headers.get('content-encoding'), null);
    assert.match(await b.text(), /Latest stories/);
  });
});
