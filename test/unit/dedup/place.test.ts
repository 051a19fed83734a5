// Which story a new report joins (placeInStory): through one report, through the facts a story's reports found
// together, and the other stories a report shows to be the same incident (reports that came out of order).
// Prints are written by hand for fictional cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import type { IncidentPrint } from '../../../src/dedup/incident.ts';
import { type Neighbour, placeInStory, pool } from '../../../src/dedup/place.ts';

// These tests pin how stories are pooled and joined (margins, the facts reports found together, out-of-order
// bridges) under the hand-set rules; the learned decision is tested in pair-model.test.ts.
process.env.LANTERN_STORY_MODEL = 'off';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');

function print(over: Partial<IncidentPrint>, day = 0): StoryPrint {
  const incident: IncidentPrint = {
    cities: ['geonames:1'],
    cityNames: ['riverton'],
    regions: ['GB/north'],
    countries: ['GB'],
    forms: ['labour'],
    victims: null,
    numbers: [],
    counts: [],
    ages: [],
    ranges: [],
    names: [],
    officials: [],
    bodies: [],
    words: [],
    operations: [],
    terms: [],
    ...over,
  };
  return { incident, at: T0 + day * DAY, dated: true, shingles: new Uint32Array() };
}

const rescue = print({ victims: 23, numbers: [23, 41], counts: ['23:people', '41:premises'] });
const names = print({ names: ['obinna kalu'] }, 1);
/** The same name in a report that gives no town. */
const namesOnly = print({ names: ['obinna kalu'], cities: [], cityNames: [], regions: [] }, 1);
const otherCase = print({
  cities: ['geonames:2'],
  cityNames: ['lowtown'],
  victims: 6,
  numbers: [6],
  counts: ['6:people'],
});

describe('placeInStory', () => {
  it('joins the story of a report that tells the same incident', () => {
    const copy = print({ victims: 23, numbers: [23, 41], counts: ['23:people', '41:premises'] }, 1);
    const choice = placeInStory(copy, [
      { storyId: 1, print: rescue },
      { storyId: 2, print: otherCase },
    ]);
    assert.equal(choice?.storyId, 1);
    assert.deepEqual(choice?.others, []);
  });

  it('does not join a story one of whose reports the candidate contradicts', () => {
    const copy = print({ victims: 23, numbers: [23, 41], counts: ['23:people', '41:premises'] }, 1);
    // A report filed in story 1 that names another country: the candidate cannot be its incident.
    const abroad = print({ countries: ['FR'], cities: ['geonames:9'], cityNames: ['portville'] });
    assert.equal(placeInStory(copy, [{ storyId: 1, print: rescue }])?.storyId, 1);
    const choice = placeInStory(copy, [
      { storyId: 1, print: rescue },
      { storyId: 1, print: abroad },
    ]);
    assert.equal(choice, null, JSON.stringify(choice?.comparison));
  });

  it('weighs a shared figure that either side gives only roughly ("une vingtaine") at half', () => {
    const a = print({ numbers: [13, 20], counts: ['13:', '20:people'] });
    const b = print({ numbers: [13, 20], counts: ['13:', '20:people'] }, 1);
    const rough = print({ numbers: [13, 20], counts: ['13:', '20:people'], rough: [20] }, 1);
    assert.ok(compareReports(a, b).evidence.includes('numbers 13, 20 +1.5'), compareReports(a, b).evidence.join('; '));
    assert.ok(
      compareReports(a, rough).evidence.includes('numbers 13, 20 +1'),
      compareReports(a, rough).evidence.join('; '),
    );
    // A story's pooled reports keep what each gave only roughly.
    assert.deepEqual(pool([a, rough], a.at).incident.rough, [20]);
  });

  it("asks a pool's margin of its facts too, not only of its score", () => {
    const twoTowns = { cities: ['geonames:1', 'geonames:3'], cityNames: ['riverton', 'hillford'] };
    const a = print({
      ...twoTowns,
      numbers: [25],
      counts: ['25:people'],
      weekdays: ['w2'],
      words: ['azalea', 'birch', 'cedar'],
    });
    const b = print(
      { ...twoTowns, numbers: [25], counts: ['25:people'], weekdays: ['w2'], words: ['azalea', 'birch', 'cedar'] },
      2,
    );
    // Facts 1.5 (a count and a weekday) against 1.25 asked of a single report, 1.75 of a pool.
    assert.equal(compareReports(a, b).same, true, compareReports(a, b).evidence.join('; '));
    assert.equal(compareReports(a, b, 1).same, false);
  });

  it('starts a new story when no report tells the same incident', () => {
    const lone = print({ victims: 9, numbers: [9], counts: ['9:people'], names: ['ann lee'] });
    assert.equal(placeInStory(lone, [{ storyId: 1, print: rescue }]), null);
    assert.equal(placeInStory(lone, []), null);
  });

  it("joins through the facts a story's reports found together, with a margin", () => {
    // The charge report names the suspect and gives the count: neither earlier report holds both (the report that
    // named the suspect gave no town).
    const charge = print({ victims: 23, numbers: [23], counts: ['23:people'], names: ['obinna kalu'] }, 10);
    assert.equal(placeInStory(charge, [{ storyId: 1, print: rescue }]), null);
    assert.equal(placeInStory(charge, [{ storyId: 1, print: namesOnly }]), null);
    const neighbours: Neighbour[] = [
      { storyId: 1, print: rescue },
      { storyId: 1, print: namesOnly },
    ];
    const choice = placeInStory(charge, neighbours);
    assert.equal(choice?.storyId, 1, JSON.stringify(choice?.comparison));
    const pooled = pool([rescue, namesOnly], charge.at);
    assert.deepEqual(pooled.incident.names, ['obinna kalu']);
    assert.equal(pooled.incident.victims, 23);
  });

  it('joins a follow-up days later that gives a suspect named before, in the same town', () => {
    const followUp = print({ names: ['obinna kalu'] }, 10);
    assert.equal(placeInStory(followUp, [{ storyId: 1, print: names }])?.storyId, 1);
    // The name alone, with no town in common, is not enough ten days on.
    assert.equal(placeInStory(followUp, [{ storyId: 1, print: namesOnly }]), null);
  });

  it('names the other stories a report shows to be the same incident (reports out of order)', () => {
    // The count and the names reached two stories; a report with both bridges them.
    const bridge = print(
      { victims: 23, numbers: [23, 41], counts: ['23:people', '41:premises'], names: ['obinna kalu', 'grace eze'] },
      1,
    );
    const choice = placeInStory(bridge, [
      { storyId: 1, print: rescue },
      { storyId: 2, print: names },
      { storyId: 3, print: otherCase },
    ]);
    assert.ok(choice);
    assert.deepEqual([choice.storyId, ...choice.others].sort(), [1, 2]);
  });

  it('never takes in a story of another city on a shared count alone', () => {
    const elsewhere = print({
      cities: ['geonames:2'],
      cityNames: ['lowtown'],
      victims: 23,
      numbers: [23],
      counts: ['23:people'],
    });
    assert.equal(placeInStory(elsewhere, [{ storyId: 1, print: rescue }]), null);
  });
});
