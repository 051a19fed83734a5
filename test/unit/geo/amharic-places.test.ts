import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences composed by us: Amharic names of the countries Ethiopian workers are sent to or pass through, and the
// prepositions Amharic writes joined to a name (በ in, ከ from, የ of, ለ for).

describe('places in Amharic', () => {
  it('finds the Gulf, Lebanon and the route countries by their Amharic names', () => {
    const cases: [text: string, want: string[]][] = [
      ['ሴቶቹ በሳዑዲ ዓረቢያ በቤት ሠራተኝነት ሲሠሩ ነበር', ['SA']],
      ['ከሊባኖስ የተመለሱ የቤት ሠራተኞች', ['LB']],
      ['በቤይሩት ታግተው የነበሩ ሴቶች', ['LB']],
      ['ወጣቶቹ ወደ ኬንያ ሲወሰዱ ነበር', ['KE']],
      ['በሕገወጥ ስደት ወደ የመን ሊሻገሩ የነበሩ ፍልሰተኞች', ['YE']],
      ['ትናንት ወደ አዲስ አበባ ተመልሰዋል', ['ET']],
      ['በዱባይ የሚሠሩ ሠራተኞች', ['AE']],
    ];
    for (const [text, want] of cases) assert.deepEqual(countries(text, 'am'), want, text);
  });
});
