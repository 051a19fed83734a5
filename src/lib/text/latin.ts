// Latin letters for Cyrillic and Greek words (a plain news romanisation): "Плевен" and "Pleven", "Иванов" and
// "Ivanov" meet when two reports of one case are written in different scripts. Lower-case, accents already folded.

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
};
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
/** Greek pairs written as one Latin letter or pair ("ου" is "ou", not "oy"; "μπ" opening a word is "b"). */
const GREEK_PAIRS: [RegExp, string][] = [
  [/ου/g, 'ou'],
  [/(^|[^\p{L}])μπ/gu, '$1b'],
  [/(^|[^\p{L}])ντ/gu, '$1d'],
  [/γκ/g, 'g'],
];
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff]/u;

/** The word or name in Latin letters; text with no Cyrillic or Greek letter is returned as it is. */
export function latin(s: string): string {
  if (!NON_LATIN.test(s)) return s;
  let out = s;
  for (const [re, to] of GREEK_PAIRS) out = out.replace(re, to);
  let r = '';
  for (const ch of out) r += CYRILLIC[ch] ?? GREEK[ch] ?? ch;
  return r;
}
