import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { GEO_WORDS_FILE, hasWord, loadGeoWords } from '../../../src/analyze/geo/words.ts';

describe('geo words file', () => {
  it('loads every role, per language and for any language', () => {
    const w = loadGeoWords(GEO_WORDS_FILE);
    assert.ok(hasWord(w, 'locative', 'in', 'en'));
    assert.ok(hasWord(w, 'locative', 'в', 'ru'));
    assert.ok(!hasWord(w, 'locative', 'в', 'en'));
    assert.ok(hasWord(w, 'and_or', 'und'));
    assert.ok(w.listGap.test(' and ') && w.listGap.test(', ') && !w.listGap.test(' of '));
    assert.ok(w.continentAfter.test(' and Europe.') && !w.continentAfter.test(' dan Afrika Selatan'));
  });

  it('refuses a file without a role or with a role that is not lists of words, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-words-'));
    const file = join(dir, 'words.json');
    writeFileSync(file, JSON.stringify({ locative: { en: ['in'] } }));
    assert.throws(() => loadGeoWords(file), /words\.json: missing role "weak_locative"/);
    writeFileSync(file, '{');
    assert.throws(() => loadGeoWords(file), /cannot read the geo words/);
  });
});
