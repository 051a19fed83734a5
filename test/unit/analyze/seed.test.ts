import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { type Analyzer, loadAnalyzer } from '../../../src/analyze/analyzer.ts';
import { SHARED } from '../../helpers/shared.ts';

// The seed article the project started from (third-party text, read from ../shared, never copied here).
describe('the seed article', { skip: SHARED ? false : 'no ../shared beside this checkout' }, () => {
  let analyzer: Analyzer;
  let text = '';
  before(async () => {
    analyzer = await loadAnalyzer();
    const dir = join(SHARED!, 'seeds');
    text = readFileSync(join(dir, readdirSync(dir)[0]!), 'utf8');
  });

  it('is read as an Italian sex-trafficking incident with two child victims', () => {
    const a = analyzer.analyze({ id: 'seed', text });
    assert.equal(a.relevant, true);
    assert.equal(a.incident, true);
    assert.deepEqual(a.types, ['sexual']);
    assert.deepEqual(a.countries, ['IT']);
    assert.equal(a.minors, true);
    assert.equal(a.victims, 2);
  });

  it('flags "baby prostitutes" with the suggested wording', () => {
    const a = analyzer.analyze({ id: 'seed', text });
    const flag = a.flags.find((f) => f.kind === 'language' && /baby prostitutes/i.test(f.quote));
    assert.ok(flag);
    assert.equal(text.slice(flag.start, flag.end), flag.quote);
    assert.equal(flag.suggestion, 'sexually exploited children');
  });

  it('gives evidence whose offsets point at the quote', () => {
    const a = analyzer.analyze({ id: 'seed', text });
    assert.ok(a.evidence.length > 0);
    for (const e of a.evidence) assert.equal(text.slice(e.start, e.end), e.quote);
  });
});
