import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences written for this test. A court named after its town places the case there, as the town's police do
// (data/lexicons/places/words.json, agency_noun after the name; agency_before, one or two words, before it in Malay
// and Indonesian).
type Case = [lang: string, text: string, want: string[]];

function check(cases: Case[]): void {
  for (const [lang, text, want] of cases) {
    it(`${lang}: ${text.slice(0, 70)}`, () => assert.deepEqual(countries(text, lang), [...want].sort()));
  }
}

describe('a court named after its town', () => {
  check([
    ['en', 'He was charged at the Seremban Sessions Court on Monday with trafficking two women.', ['MY']],
    ['en', 'The case was heard at the Lahore High Court last week.', ['PK']],
    ['en', 'The couple appeared before the Mombasa Law Courts.', ['KE']],
    ['en', 'She was sentenced at the Durban Magistrate’s Court.', ['ZA']],
    ['en', 'A Karachi anti-terrorism court indicted three men.', ['PK']],
    ['ms', 'Lelaki itu dihadapkan ke Mahkamah Sesyen Seremban hari ini atas tuduhan memperdagangkan orang.', ['MY']],
    ['id', 'Terdakwa disidangkan di Pengadilan Negeri Surabaya pada Selasa.', ['ID']],
    ['id', 'Jaksa dari Kejaksaan Negeri Medan menuntut terdakwa 10 tahun penjara.', ['ID']],
  ]);
});

describe('court words do not make a name a place', () => {
  check([
    ['en', 'Hampton Court Palace reopened its gardens on Sunday.', []],
    ['en', 'The Supreme Court heard the appeal on Tuesday.', []],
  ]);
});
