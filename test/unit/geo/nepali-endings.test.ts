import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

// Sentences composed for this test (fictional people and events). Nepali glues its postpositions to a name
// (data/lexicons/places/words.json, glued_suffix.ne): one or two of them, on a name of one word or on the last word of
// a name of two, and writes India's states its own way (data/gazetteer/region-aliases.tsv).
const places = (text: string) => where(text, 'ne').places.map((p) => `${p.name}/${p.country}`);

describe('Nepali postpositions glued to a place name', () => {
  for (const [text, want] of [
    ['प्रहरीले काठमाडौंमा दुई जनालाई पक्राउ गरेको छ।', 'Kathmandu/NP'],
    ['तीन युवतीलाई भारतबाट उद्धार गरिएको छ।', 'India/IN'],
    ['उनीहरूलाई भारतसम्मको यात्रामा लगिएको थियो।', 'India/IN'],
    ['युवतीलाई मलेसियामा बेचिएको थियो।', 'Malaysia/MY'],
    ['उनलाई दार्जिलिङबाट फर्काइयो।', 'Dārjiling/IN'],
  ] as const) {
    it(text, () => assert.ok(places(text).includes(want), places(text).join(', ')));
  }

  it('reads the ending on the last word of a name of two words', () => {
    assert.ok(places('युवतीलाई उत्तर प्रदेशमा बेचिएको थियो।').includes('Uttar Pradesh/IN'));
    assert.ok(places('उनलाई पश्चिम बंगालसम्म पुर्‍याइएको थियो।').includes('West Bengal/IN'));
    // ...and not on a word that only begins like the name's last word.
    assert.ok(!places('युवतीलाई उत्तर प्रदेशीय नीतिबारे भनियो।').includes('Uttar Pradesh/IN'));
  });

  it("reads India's states as Nepali writes them", () => {
    for (const [text, want] of [
      ['युवतीलाई उत्तरप्रदेशमा बेचिएको थियो।', 'Uttar Pradesh/IN'],
      ['उनलाई मध्यप्रदेशबाट उद्धार गरियो।', 'Madhya Pradesh/IN'],
      ['उनलाई पश्चिम बङ्गालमा भेटियो।', 'West Bengal/IN'],
      ['दुई जना पञ्जाबको एक कारखानामा काम गर्थे।', 'Punjab/IN'],
      ['युवतीलाई उडिसामा लगिएको थियो।', 'Odisha/IN'],
    ] as const)
      assert.ok(places(text).includes(want), `${text}: ${places(text).join(', ')}`);
  });
});
