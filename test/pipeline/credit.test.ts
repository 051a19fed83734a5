// Credit and incidents through the whole pipeline, with two loopback outlets (one port each, as a new user would
// try): the original keeps the credit whatever is fetched first, and a later case in the same city is a new story.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pollSource } from '../../src/pipeline/poll.ts';
import { reply, startServer, type TestServer } from '../helpers/http-server.ts';
import { articlePage, rss, type World, world } from './world.ts';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const RSS = { 'content-type': 'application/rss+xml' };
const DUE = '2000-01-01T00:00:00.000Z';

const RAID = [
  'Police in Mombasa rescued 14 women who had been trafficked from Uganda and forced into sexual exploitation at a nightclub in Nyali, officers said on Thursday.',
  'Three suspects, including the club manager Peter Odhiambo Wekesa, were arrested during the raid on Wednesday night.',
  'The women told investigators they had been promised jobs as waitresses and had their passports taken on arrival.',
  'Detectives said the network charged each woman a debt for her travel and forced her to work every night.',
  'The rescued women were taken to a shelter run by a local charity, where they receive medical and legal help.',
];
const GIRL = [
  'Police in Mombasa rescued a 15-year-old girl who had been forced to work as a maid in a house in Kisauni, officers said on Wednesday.',
  'The girl had not been paid and was not allowed to leave the house, where she worked from dawn until late at night.',
  'A woman, Halima Zawadi Mwinyi, was arrested and will be charged with child trafficking and forced labour.',
  'The girl was handed to children officers, who will trace her family in Kilifi.',
];

describe('credit and incidents with two outlets', () => {
  let w: World;
  let wire: TestServer;
  before(async () => {
    w = await world();
    wire = await startServer();
  });
  after(async () => {
    await wire.close();
    await w.close();
  });

  it('keeps the credit with the original when a wire copy declaring it as canonical is fetched first', async () => {
    const original = `${w.server.origin}/news/raid`;
    w.server.route('/news/raid', reply(200, articlePage('Police rescue 14 women from Mombasa nightclub', RAID), HTML));
    w.server.route(
      '/feed.xml',
      reply(
        200,
        rss('Coast Courier', [{ title: 'Police rescue 14 women', link: original, date: '2025-11-20T09:00:00Z' }]),
        RSS,
      ),
    );
    const copyUrl = `${wire.origin}/wire/raid?utm_source=rss&utm_medium=feed`;
    const copyPage = articlePage(
      'Police rescue 14 women from Mombasa nightclub',
      ['Article from: Coast Courier', ...RAID],
      {
        canonical: original,
      },
    );
    wire.route('/wire/raid', reply(200, copyPage, HTML));
    wire.route(
      '/feed.xml',
      reply(
        200,
        rss('Island Wire', [{ title: 'Police rescue 14 women', link: copyUrl, date: '2025-11-20T13:00:00Z' }]),
        RSS,
      ),
    );
    const wireSource = await w.store.sources.add({
      url: `${wire.origin}/feed.xml`,
      name: 'Island Wire',
      nextFetchAt: DUE,
    });
    const courier = await w.store.sources.add({
      url: `${w.server.origin}/feed.xml`,
      name: 'Coast Courier',
      nextFetchAt: DUE,
    });

    assert.equal((await pollSource(w.ctx, wireSource)).added, 1, 'the copy is stored first');
    const r = await pollSource(w.ctx, courier);
    assert.equal(r.known, 0, 'the original is not skipped as already known');
    assert.equal(r.added, 1);
    // The copy fetched first is folded now, under the original: the counter says so (it read 0 before).
    assert.equal(r.copiesFolded, 1, 'the copy folded when its original arrived is counted');
    assert.equal(r.duplicates, 0, 'the original itself is no copy');

    const orig = (await w.store.articles.byUrl(original.replace('http://', 'https://')))!;
    const copy = (await w.store.articles.byUrl(`${wire.origin.replace('http://', 'https://')}/wire/raid`))!;
    assert.ok(orig && copy, 'both articles are stored, each under its own address');
    assert.equal(orig.duplicateOf, null, 'the original is nobody’s copy');
    assert.equal(copy.duplicateOf, orig.id, 'the copy becomes other coverage of the original');
    assert.equal(copy.storyId, orig.storyId);
    const story = (await w.store.stories.get(orig.storyId!))!;
    assert.equal(story.leadArticleId, orig.id, 'the story is credited to the original');
    const listed = await w.store.articles.ofStory(story.id);
    assert.deepEqual(listed.map((a) => a.id).sort(), [orig.id, copy.id].sort(), 'every article stays listed');
  });

  it('moves the credit to the original fetched after a copy that credits it or was published later', async () => {
    const late = await startServer();
    try {
      const text = [
        'Nine Ethiopian men were freed from a quarry near Bamburi where they had been forced to break stones without pay, labour inspectors said on Saturday.',
        'The quarry owner, Samuel Kiprono Rotich, and his foreman were detained after one of the men escaped and walked to a police post.',
        'The men said they had been recruited in Moyale for construction jobs and were told they owed the owner for their transport.',
        'Inspectors found the men sleeping in a shed without water and said some had worked there for eleven months.',
      ];
      const first = `${late.origin}/copy`;
      late.route(
        '/copy',
        reply(200, articlePage('Nine men freed from Bamburi quarry', ['Article from: Bay Times', ...text]), HTML),
      );
      late.route(
        '/feed.xml',
        reply(200, rss('Late Wire', [{ title: 'Nine men freed', link: first, date: '2025-11-22T13:00:00Z' }]), RSS),
      );
      w.server.route('/news/bamburi', reply(200, articlePage('Nine men freed from Bamburi quarry', text), HTML));
      w.server.route(
        '/bay.xml',
        reply(
          200,
          rss('Bay Times', [
            { title: 'Nine men freed', link: `${w.server.origin}/news/bamburi`, date: '2025-11-22T09:00:00Z' },
          ]),
          RSS,
        ),
      );
      const lateSource = await w.store.sources.add({
        url: `${late.origin}/feed.xml`,
        name: 'Late Wire',
        nextFetchAt: DUE,
      });
      const bay = await w.store.sources.add({ url: `${w.server.origin}/bay.xml`, name: 'Bay Times', nextFetchAt: DUE });
      await pollSource(w.ctx, lateSource);
      const r = await pollSource(w.ctx, bay);
      assert.deepEqual([r.added, r.duplicates, r.copiesFolded, r.joinedStories], [1, 0, 1, 1]);
      const copy = (await w.store.articles.byUrl(first.replace('http://', 'https://')))!;
      const orig = (await w.store.articles.byUrl(`${w.server.origin.replace('http://', 'https://')}/news/bamburi`))!;
      assert.equal(orig.duplicateOf, null);
      assert.equal(copy.duplicateOf, orig.id, 'the earlier-fetched copy now points at the original');
      assert.equal((await w.store.stories.get(orig.storyId!))!.leadArticleId, orig.id);
    } finally {
      await late.close();
    }
  });

  it('makes a later, different case in the same city a new story, and keeps each story’s facts its own', async () => {
    w.server.route(
      '/news/girl',
      reply(200, articlePage('Girl rescued from domestic servitude in Mombasa', GIRL), HTML),
    );
    w.server.route(
      '/feed2.xml',
      reply(
        200,
        rss('Coast Courier', [
          { title: 'Girl rescued in Mombasa', link: `${w.server.origin}/news/girl`, date: '2025-12-03T10:00:00Z' },
        ]),
        RSS,
      ),
    );
    const source = await w.store.sources.add({
      url: `${w.server.origin}/feed2.xml`,
      name: 'Coast Courier',
      nextFetchAt: DUE,
    });
    assert.equal((await pollSource(w.ctx, source)).added, 1);
    const girl = (await w.store.articles.byUrl(`${w.server.origin.replace('http://', 'https://')}/news/girl`))!;
    const raid = (await w.store.articles.byUrl(`${w.server.origin.replace('http://', 'https://')}/news/raid`))!;
    assert.notEqual(girl.storyId, raid.storyId, 'the girl’s case is a story of its own');
    const raidStory = (await w.store.stories.get(raid.storyId!))!;
    assert.equal(raidStory.victims, 14);
    assert.notEqual(
      raidStory.minors,
      true,
      'the raid’s story does not take the girl’s case as children among its victims',
    );
  });
});
