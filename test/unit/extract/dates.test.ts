// Dates from metadata, URLs and prose, as ISO 8601.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dateInText, dateInUrl, normalizeDate } from '../../../src/extract/dates.ts';

describe('dates', () => {
  it('keeps the offset of ISO date-times', () => {
    assert.equal(normalizeDate('2019-11-18T20:19:00-05:00'), '2019-11-18T20:19:00-05:00');
    assert.equal(normalizeDate('2019-11-18T20:19:00.000Z'), '2019-11-18T20:19:00Z');
    assert.equal(normalizeDate('2019-11-18 14:01:49'), '2019-11-18T14:01:49');
    assert.equal(normalizeDate('2019-11-18T14:01+0100'), '2019-11-18T14:01:00+01:00');
  });
  it('reads plain dates, compact dates, epochs and RFC 2822', () => {
    assert.equal(normalizeDate('2019-11-18'), '2019-11-18');
    assert.equal(normalizeDate('20191118'), '2019-11-18');
    assert.equal(normalizeDate('1574110800'), '2019-11-18T21:00:00Z');
    assert.equal(normalizeDate('Mon, 18 Nov 2019 20:19:00 GMT'), '2019-11-18T20:19:00Z');
  });
  it('reads dates written out in prose', () => {
    assert.equal(dateInText('GENEVA, 18 November 2019 — Delegates'), '2019-11-18');
    assert.equal(dateInText('Posted Nov. 18, 2019 at 8:19 PM'), '2019-11-18');
    assert.equal(dateInText('no date here'), null);
  });
  it('finds dates in URL paths', () => {
    assert.equal(dateInUrl('https://x.com/2019/11/18/story'), '2019-11-18');
    assert.equal(dateInUrl('https://x.com/news/20191118-story'), '2019-11-18');
    assert.equal(dateInUrl('https://x.com/story/1234567'), null);
  });
  it('rejects nonsense', () => {
    assert.equal(normalizeDate(''), null);
    assert.equal(normalizeDate('2019-13-45'), null);
    assert.equal(normalizeDate('yesterday'), null);
    assert.equal(normalizeDate('x'.repeat(500)), null);
  });
});
