// Numbers in running text: numerals ("32", "3.151", "1,000"; Thai "๑๒" and Khmer "១២" too) and number words of the
// loaded lexicons ("two", "dos", "dua").

import { nativeZero } from '../../lib/text/digits.ts';
import { isUnspaced } from '../../lib/text/words.ts';
import { type CueSet, firstAtOrAfter, hitIn, hitsOf } from '../cues/scan.ts';
import { isWord } from '../cues/words.ts';

/** A number read at a token position. */
export interface NumberAt {
  value: number;
  ti: number;
  /** One past the last token of the number. */
  tj: number;
}

const DIGITS = /^\d{1,3}(?:[.,\u00a0\u202f]\d{3})+$|^\d+$/;
const SEPARATORS = /[.,\u00a0\u202f]/g;
/** Sixty, after which French says 70-79 as sixty and ten to nineteen ("soixante-dix", "soixante-quinze"). */
const SOIXANTE = 60;
/** Largest count read as a number of people. */
export const MAX_COUNT = 1_000_000;

/** Reads the number starting at token i, if there is one. */
export function numberAt(set: CueSet, i: number): NumberAt | null {
  const { tokens } = set;
  const word = tokens.lower[i];
  if (word === undefined) return null;
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57 && DIGITS.test(word)) {
    const decimal = decimalAt(set, i);
    if (decimal) return decimal;
    const tj = digitGroups(set, i, ASCII_ZERO);
    if (isPercent(set.text[tokens.end[tj - 1]!])) return null;
    const digits = tj === i + 1 ? word : tokens.lower.slice(i, tj).join('');
    return withScale(set, Number(digits.replace(SEPARATORS, '')), i, tj);
  }
  // Digits of other scripts ("١٢ امرأة", "หญิง ๑๒ คน", "ស្ត្រី ១២ នាក់", "১,২০০ নারী").
  const zero = nativeZero(c);
  if (zero) {
    const tj = digitGroups(set, i, zero);
    const v = nativeValue(tj === i + 1 ? word : tokens.lower.slice(i, tj).join(''), zero);
    if (v === undefined || isPercent(set.text[tokens.end[tj - 1]!])) return null;
    return withScale(set, v, i, tj);
  }
  // "一百|二十", "百|二十|人", "三十五": Chinese and Japanese numerals, however the segmenter cut them.
  const kanji = numeralAt(set, i);
  if (kanji) return kanji;
  const base = wordValue(set, i);
  if (base === undefined) return articleScale(set, i);
  let value = base;
  let tj = i + 1;
  // "twenty two", "vingt-deux"; "dix-sept", "mười hai": ten and a unit are a teen where a language says so.
  const tens = base >= 10 && base < 100 && base % 10 === 0;
  // "trinta e oito", "cincuenta y seis", "vingt et un", "kumi na wawili": tens, a conjunction, then a unit.
  const joined = tens && isWord(set, 'tens_and', tj) ? wordValue(set, tj + 1) : undefined;
  const unit = tens && joined === undefined ? wordValue(set, tj) : undefined;
  if (joined !== undefined && joined < 10) {
    value += joined;
    tj += 2;
  } else if (unit !== undefined && (unit < 10 || (base === SOIXANTE && unit < 20))) {
    value += unit;
    tj++;
    // "soixante-dix-sept" (sixty-ten-seven): French counts 70-79 as sixty and a teen said in two words.
    const more = unit === 10 ? wordValue(set, tj) : undefined;
    if (more !== undefined && more < 10) {
      value += more;
      tj++;
    }
  }
  const teen = base < 10 ? lookup(set, tj, 'teens') : undefined;
  if (teen !== undefined) {
    value += teen;
    tj++;
  }
  // Arabic "خمسة وعشرون" (five and-twenty): a unit, then the tens with "و" joined to them.
  const tensAfter = base < 10 && teen === undefined ? joinedTens(set, tj) : undefined;
  if (tensAfter !== undefined) {
    value += tensAfter;
    tj++;
  }
  return withScale(set, value, i, tj);
}

/** What parts a whole from its decimals: a point, or a comma as most of Europe writes it ("3,5 millones"). */
const DECIMAL_MARKS = '.,';
/** The whole and the decimals of a number before a scale word, as the word rule cuts them ("1|2|万名"). */
const WHOLE = /^\d{1,3}$/;
const DECIMALS = /^\d{1,2}$/;
/** Smallest scale a decimal multiplies ("1.5 hundred" is rare, "1.2万" and "2.5 lakh" common). */
const DECIMAL_SCALE_MIN = 100;

// A decimal before a scale word at token i ("1.2万" is 12,000, "3.5万名" 35,000, "2.5 lakh" 250,000), or null. (Three
// decimals are no decimals here: "1.250" is how much of Europe writes a thousand and more.)
function decimalAt(set: CueSet, i: number): NumberAt | null {
  const { tokens, text } = set;
  const j = i + 1;
  if (j >= tokens.length || tokens.start[j] !== tokens.end[i]! + 1) return null;
  if (!DECIMAL_MARKS.includes(text[tokens.end[i]!]!) || !WHOLE.test(tokens.lower[i]!)) return null;
  if (!DECIMALS.test(tokens.lower[j]!)) return null;
  const s = scaleValue(set, j + 1);
  if (!s || s < DECIMAL_SCALE_MIN) return null;
  const value = Math.round(Number(`${tokens.lower[i]}.${tokens.lower[j]}`) * s);
  return value > 0 && value <= MAX_COUNT ? { value, ti: i, tj: j + 2 } : null;
}

/** A percent sign, Latin or Arabic ("12%", "١٢٪"): a share, not a count. */
const isPercent = (ch: string | undefined) => ch === '%' || ch === '٪';

// The value of a word written in one script's digits (`zero` is that script's digit zero), or undefined.
function nativeValue(word: string, zero: number): number | undefined {
  let v = 0;
  for (let k = 0; k < word.length; k++) {
    const d = word.charCodeAt(k) - zero;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return v;
}

/** Smallest multiplier of a numeral that closes a section ("万": 十二万 is twelve times ten thousand). */
const SECTION = 10_000;

// A numeral of a script written without spaces starting at token i ("二十五", "一百|二十", "两|百", "三千|名", "十二|万人"):
// the numeral characters of the lexicons in the tokens that follow one another, the last one maybe a number or scale
// word with its counter ("二十|五名"). Null when token i opens none, or when the characters make no numeral ("三四名",
// three or four: read word by word).
function numeralAt(set: CueSet, i: number): NumberAt | null {
  const { tokens } = set;
  if (!isUnspaced(tokens.lower[i]!.charCodeAt(0))) return null;
  const first = tokens.lower[i]![0]!;
  const lex = set.lexicons.find((l) => l.numerals.has(first));
  // (A numeral opens with a digit, ten, a hundred or a thousand: "万一" is "in case".)
  if (!lex || lex.numerals.get(first)! >= SECTION) return null;
  let chars = '';
  let j = i;
  for (; j < tokens.length && (j === i || tokens.start[j] === tokens.end[j - 1]); j++) {
    const w = tokens.lower[j]!;
    let k = 0;
    while (k < w.length && lex.numerals.has(w[k]!)) k++;
    if (k === w.length) {
      chars += w;
      continue;
    }
    // ("五名", "三十五人": a numeral glued to a counter the lexicon's number words end in; not "千葉", a place.)
    const counted = k > 0 && lex.counters.has(w.slice(k));
    if (counted) chars += w.slice(0, k);
    j += counted ? 1 : 0;
    break;
  }
  const value = chars ? numeralValue(chars, lex.numerals) : undefined;
  return value && value <= MAX_COUNT ? { value, ti: i, tj: j } : null;
}

// The value of a string of numeral characters (digits before their multipliers: 一百二十, 十二万, 两千), or undefined. A
// digit after a hundred or more is of the next place down ("两千五" is 2,500, "一万五" 15,000), as Chinese says it;
// after a zero it is a unit ("一百零八" is 108, "两千零五十" 2,050: the zero says a place is skipped).
function numeralValue(chars: string, numerals: Map<string, number>): number | undefined {
  let total = 0;
  let section = 0;
  let digit = -1;
  let last = 1;
  for (const ch of chars) {
    const v = numerals.get(ch)!;
    // (Two digits in a row are no numeral: "三四" is three or four, "二〇二三" a year; nor is a zero first or twice.)
    if (v === 0) {
      if (digit >= 0 || last === 0 || total + section === 0) return undefined;
      last = 0;
      continue;
    }
    if (v < 10) {
      if (digit >= 0) return undefined;
      digit = v;
      continue;
    }
    if (v < SECTION) section += (digit < 0 ? 1 : digit) * v;
    else {
      total += (section + Math.max(digit, 0) || 1) * v;
      section = 0;
    }
    digit = -1;
    last = v;
  }
  return total + section + Math.max(digit, 0) * (last >= 100 ? last / 10 : 1);
}

/** The digit zero of ASCII. */
const ASCII_ZERO = 48;
/** What parts the digit groups of a number: a space (French, Polish, Russian write "15 000"), a comma or a dot, and the
 * Arabic thousands separator ("١٬٢٠٠"). */
const GROUP_MARKS = ' \u00a0\u202f,.\u066c';
/** The last two groups of an Indian number as the word rule glues them ("20,000" of "1,20,000"). */
const LAKH_TAIL = /^\d{2},\d{3}$/;

/** One past the last token of the number that starts at token i, whose digit groups are tokens of their own ("1 000
 * enfants"; "১,২০০", "१,२००", "١٬٢٠٠": digits of other scripts, which the word rule does not group; "1,200名" in a run
 * of Chinese; "1,20,000", Indian lakhs: two-digit groups before the last three). Each group is parted from the one
 * before by one mark, the same throughout, and is written in the digits of the first (`zero`). */
function digitGroups(set: CueSet, i: number, zero: number): number {
  const { tokens, text } = set;
  const first = tokens.lower[i]!;
  if (first.length > 3 || !allDigits(first, zero)) return i + 1;
  const mark = text[tokens.end[i]!] ?? '';
  if (!GROUP_MARKS.includes(mark)) return i + 1;
  let end = i + 1;
  let lakhs = 0;
  for (let j = i + 1; j < tokens.length; j++) {
    const w = tokens.lower[j]!;
    if (tokens.start[j]! - tokens.end[j - 1]! !== 1 || text[tokens.end[j - 1]!] !== mark) break;
    // ("1,20,000": after a lead of one or two digits, two-digit groups until the last group of three; the word rule
    // glues the last two groups of ASCII digits into one word, "1|20,000".)
    const lakh = mark === ',' && first.length <= 2 && end === i + 1;
    if (lakh && LAKH_TAIL.test(w)) return j + 1;
    if (!allDigits(w, zero)) break;
    if (w.length === 2 && lakh) lakhs++;
    else if (w.length === 3) {
      end = j + 1;
      if (lakhs) break;
    } else break;
  }
  return end;
}

// Whether a word is written only in the digits of one script.
function allDigits(word: string, zero: number): boolean {
  for (let k = 0; k < word.length; k++) {
    const d = word.charCodeAt(k) - zero;
    if (d < 0 || d > 9) return false;
  }
  return word.length > 0;
}

// The tens written with a joined "و" ("وعشرين"), as in Arabic.
function joinedTens(set: CueSet, i: number): number | undefined {
  const w = set.tokens.lower[i];
  if (w === undefined || w.length < 4 || w.charCodeAt(0) !== 0x0648) return undefined;
  for (const lex of set.lexicons) {
    const v = lex.numbers.get(w.slice(1));
    if (v !== undefined) return v >= 20 && v < 100 && v % 10 === 0 ? v : undefined;
  }
  return undefined;
}

function wordValue(set: CueSet, i: number): number | undefined {
  for (const lex of set.lexicons) {
    const v = lex.numbers.get(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!);
    if (v !== undefined) return v;
  }
  for (const lex of set.lexicons) {
    if (!lex.numbersBeforePerson.size) continue;
    const v = lex.numbersBeforePerson.get(set.tokens.lower[i] ?? '');
    // ("năm mươi", Burmese "နှစ်ဆယ်": before a scale word it is a number too, the scale's multiplier.)
    if (v !== undefined && (personAt(set, i + 1) || (scaleValue(set, i + 1) ?? 0) > v)) return v;
  }
  return undefined;
}

/** Categories of words for people ("phụ nữ", "nőt"). */
const PERSON_WORDS = ['victim', 'adult', 'minor', 'person'];

// Whether a word for people starts at token i.
function personAt(set: CueSet, i: number): boolean {
  return PERSON_WORDS.some((cat) => hitIn(set, cat, i, i + 4)?.ti === i);
}

function scaleValue(set: CueSet, i: number): number | undefined {
  return lookup(set, i, 'scales');
}

function lookup(set: CueSet, i: number, table: 'scales' | 'teens'): number | undefined {
  if (i >= set.tokens.length) return undefined;
  for (const lex of set.lexicons) {
    const v = lex[table].get(lex.fold ? set.tokens.fold[i]! : set.tokens.lower[i]!);
    if (v !== undefined) return v;
  }
  return undefined;
}

// "a dozen", "a hundred": the article is not a number by itself.
function articleScale(set: CueSet, i: number): NumberAt | null {
  const w = set.tokens.lower[i];
  if (w !== 'a' && w !== 'one') return null;
  const s = scaleValue(set, i + 1);
  return s ? { value: s, ti: i, tj: i + 2 } : null;
}

function withScale(set: CueSet, value: number, ti: number, tj: number): NumberAt | null {
  const s = scaleValue(set, tj);
  const scaled = !!s && s > value;
  let v = scaled ? value * s : value;
  let end = scaled ? tj + 1 : tj;
  // "lima puluh enam" (five ten six), "one hundred and twelve": a smaller number word after a scale word adds to it.
  if (scaled && s < 1000) {
    const k = isWord(set, 'tens_and', end) || isWord(set, 'and', end) ? end + 1 : end;
    const rest = wordValue(set, k) !== undefined ? numberAt(set, k) : null;
    if (rest && rest.value < s) {
      v += rest.value;
      end = rest.tj;
    }
  }
  if (!(v > 0) || v > MAX_COUNT) return null;
  return { value: v, ti, tj: end };
}

/** Whether an age word sits right next to the number ("16-year-old", "15 años", "aged 14", "aged between 20"). */
export function isAge(set: CueSet, num: NumberAt): boolean {
  for (const cat of ['age', 'age_weak']) {
    const list = hitsOf(set, cat);
    for (let k = firstAtOrAfter(list, num.ti - AGE_GAP_MAX); k < list.length; k++) {
      const h = list[k]!;
      if (h.ti > num.tj) break;
      if (h.ti === num.tj || (cat === 'age' && h.tj <= num.ti && rangeAfter(set, h.tj, num.ti))) return true;
    }
  }
  return false;
}

/** Most words between "aged" and the age ("aged between 14 and 17"). */
const AGE_GAP_MAX = 6;

function rangeAfter(set: CueSet, from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const w = set.tokens.lower[k]!;
    if (!isWord(set, 'age_gap', k) && !/^\d+$/.test(w)) return false;
  }
  return true;
}
