// The stem a place's name takes before a case ending where a sound of it changes: Polish "Ostrołęka" → "w Ostrołęce",
// "Łódź" → "w Łodzi", Czech "Praha" → "v Praze", Croatian "Rijeka" → "u Rijeci", Ukrainian "Харків" → "у Харкові".

/** One change of a name: what it matches, what it becomes before the ending, and whether only the names of the
 * language's own country change so (foreign names keep their vowel: Ukrainian "Берлін" → "у Берліні"). */
type Change = readonly [RegExp, string, 'home'?];

/** The vowel of a name's last syllable, before its final consonants (and a Ukrainian soft sign). */
const LAST_PL = /ó(?=[^aeiouyąęó]+$)/u;
const LAST_UK_I = /і(?=[^аеєиіїоуюяй]+$)/u;
const LAST_UK_YI = /ї(?=[^аеєиіїоуюяй]+$)/u;
/** A noun's -ka, not an adjective's (Croatian "Hrvatska" → "u Hrvatskoj", "Rijeka" → "u Rijeci"). */
const NOUN_KA = /(?<![sšcčž])ka$/u;

/**
 * Per language, its changes, applied in order, each to the name and to what the earlier ones made of it (Łódź → Łodź →
 * Łodz). From the grammars of each language: the locative and dative soften k, g, h, ch and r (Polish -ce, -dze, -sze,
 * -rze; Czech -ce, -ze, -še, -ře; Croatian, Serbian and Bosnian -ci, -zi, -si; Ukrainian -ці, -зі, -сі), Polish t and d
 * before -ie (Sopot → w Sopocie), Polish ó and Ukrainian і, ї close syllables only (Kraków → w Krakowie, Харків → у
 * Харкові, Миколаїв → у Миколаєві), a soft consonant is written with i before a vowel (Poznań → w Poznaniu), a Polish
 * -ia name loses its a (Gdynia → w Gdyni), and -ec, -er lose their e (Mielec → w Mielcu, Koper → v Kopru).
 */
const CHANGES: Record<string, readonly Change[]> = {
  pl: [
    [LAST_PL, 'o'],
    [/ka$/u, 'c'],
    [/ga$/u, 'dz'],
    [/cha$/u, 'sz'],
    [/ra$/u, 'rz'],
    [/ta$/u, 'c'],
    [/da$/u, 'dz'],
    [/ła$/u, 'l'],
    [/t$/u, 'c'],
    [/d$/u, 'dz'],
    [/dź$/u, 'dz'],
    [/ź$/u, 'z'],
    [/ś$/u, 's'],
    [/ć$/u, 'c'],
    [/ń$/u, 'n'],
    [/ia$/u, '', 'home'],
    [/(?<=[^aeiouyąęó])ec$/u, 'c'],
  ],
  cs: [
    [/ka$/u, 'c'],
    [/ha$/u, 'z'],
    [/ga$/u, 'z'],
    [/cha$/u, 'š'],
    [/ra$/u, 'ř'],
    [/(?<=[^aeiouyáéíóúůýě])ec$/u, 'c'],
  ],
  sk: [[/(?<=[^aeiouyáéíóúýäô])ec$/u, 'c']],
  hr: [
    [NOUN_KA, 'c'],
    [/ga$/u, 'z'],
    [/ha$/u, 's'],
  ],
  bs: [
    [NOUN_KA, 'c'],
    [/ga$/u, 'z'],
    [/ha$/u, 's'],
  ],
  sr: [
    [NOUN_KA, 'c'],
    [/ga$/u, 'z'],
    [/ha$/u, 's'],
    [/(?<![сшцчж])ка$/u, 'ц'],
    [/га$/u, 'з'],
    [/ха$/u, 'с'],
  ],
  sl: [[/(?<=[^aeiou])e([cr])$/u, '$1']],
  uk: [
    [LAST_UK_I, 'о', 'home'],
    [LAST_UK_YI, 'є', 'home'],
    [/ь$/u, ''],
    // (Not an adjective's "-ська", "-цька": "Одеській", not "Одесьці".)
    [/(?<!ь)ка$/u, 'ц'],
    [/га$/u, 'з'],
    [/ха$/u, 'с'],
  ],
};

/** The country whose names a language's 'home' changes apply to. */
const HOME: Record<string, string> = { pl: 'PL', cs: 'CZ', sk: 'SK', hr: 'HR', bs: 'BA', sr: 'RS', sl: 'SI', uk: 'UA' };

/** The language whose grammar declines the towns of a country (lookup.ts, DECLINED_TOWNS). */
export const TOWN_LANGUAGE: Record<string, string> = {
  PL: 'pl',
  CZ: 'cs',
  SK: 'sk',
  HR: 'hr',
  RS: 'sr',
  BA: 'bs',
  ME: 'sr',
  SI: 'sl',
};

/** The stems, other than the name itself, that a language's changes make of a one-word name ("Ostrołęka" →
 * "Ostrołęc"), given the countries of the places it names. */
export function changedStems(name: string, lang: string, countries: string[]): string[] {
  const changes = CHANGES[lang];
  if (!changes) return [];
  const home = countries.length > 0 && countries.every((cc) => cc === HOME[lang]);
  let forms = [name];
  for (const [from, to, only] of changes) {
    if (only && !home) continue;
    const changed = forms.filter((f) => from.test(f)).map((f) => f.replace(from, to));
    forms = [...forms, ...changed];
  }
  return [...new Set(forms.slice(1))];
}
