// The pure alert matcher: words (stemmed), phrases, prefixes, OR, exclusions, title:, and fact filters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CompiledAlert, compileQuery, matchStory, type StoryFacts } from '../../src/alerts/match.ts';
import type { AlertFilters } from '../../src/model/alerts.ts';

const STORY: StoryFacts = {
  id: 7,
  title: 'Police free fishermen held on boats',
  text: 'Officers rescued 12 workers from fishing boats near Lagos. The recruiters promised jobs abroad. Child-labour was found.',
  countries: ['NG'],
  types: ['labour'],
  languages: ['en'],
  minors: false,
  incident: true,
  day: '2026-03-04',
};

let next = 1;
const alert = (query: string, filters: AlertFilters = {}): CompiledAlert => ({
  id: next++,
  channels: [],
  ...compileQuery(query, filters),
});
const hits = (query: string, filters: AlertFilters = {}, story = STORY) =>
  matchStory([alert(query, filters)], story).length === 1;

describe('alert matcher', () => {
  it('matches words by stem, phrases in a row, prefixes and OR', () => {
    assert.ok(hits('worker rescued'));
    assert.ok(hits('"fishing boats"'));
    assert.ok(!hits('"boats fishing"'));
    assert.ok(hits('recruit*'));
    assert.ok(!hits('recrux*'));
    assert.ok(hits('brothel OR boats'));
    assert.ok(!hits('brothel OR club'));
    assert.ok(hits('child-labour'));
  });

  it('honours exclusions and title:', () => {
    assert.ok(!hits('boats -lagos'));
    assert.ok(hits('boats -brothel'));
    assert.ok(hits('title:fishermen'));
    assert.ok(!hits('title:lagos'));
  });

  it('checks countries, forms, minors and dates before words', () => {
    assert.ok(hits('boats', { country: ['NG'] }));
    assert.ok(!hits('boats', { country: ['KE'] }));
    assert.ok(hits('', { type: ['labour'] }));
    assert.ok(!hits('boats', { type: ['sexual'] }));
    assert.ok(!hits('boats minors:true'));
    assert.ok(hits('boats -country:KE from:2026-03'));
    assert.ok(!hits('boats from:2026-04'));
  });

  it('gives the same answers when one compiled alert meets many stories', () => {
    const a = alert('"fishing boats" OR brothel');
    const other = { ...STORY, id: 8, text: 'A brothel was closed.', title: 'Raid' };
    const none = { ...STORY, id: 9, text: 'Nothing here.', title: 'Quiet' };
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(matchStory([a], STORY), [a.id]);
      assert.deepEqual(matchStory([a], other), [a.id]);
      assert.deepEqual(matchStory([a], none), []);
    }
  });

  it('refuses a query with nothing to follow', () => {
    assert.throws(() => compileQuery('-boats', {}), /at least one word/);
    assert.throws(() => compileQuery('boats source:3', {}), /cannot be followed/);
  });
});
