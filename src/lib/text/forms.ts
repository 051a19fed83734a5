// The punctuation and digits the analyzer reads in their ASCII form: full-width ASCII (U+FF01–FF5E: "（16）", "１２",
// "，", "ＮＰＯ"), the ideographic and Arabic commas ("、", "،") and the corner brackets that quote in Chinese and
// Japanese ("「」『』", read as “ ”). Each is one UTF-16 unit for one: offsets into the text are kept.

/** Full-width ASCII forms: each lies this far above its ASCII character. */
const WIDE_SHIFT = 0xfee0;
const WIDE_FIRST = 0xff01;
const WIDE_LAST = 0xff5e;
/** Full-width "！" and "？" stay: as script stops they end a sentence with no space after them (lib/text/stops.ts). */
const WIDE_STOPS = '！？';

/** Other punctuation and its ASCII (or Latin) counterpart. */
const OTHER: Record<string, string> = { '、': ',', '،': ',', '「': '“', '『': '“', '」': '”', '』': '”' };

const READ_AS = /[\uff01-\uff5e、،「」『』]/g;
const HAS = /[\uff01-\uff5e、،「」『』]/;

/** The text with those forms written in ASCII (same length; the text itself when it has none). */
export function asciiForms(text: string): string {
  return HAS.test(text) ? text.replace(READ_AS, asciiOf) : text;
}

// One form's ASCII counterpart.
function asciiOf(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= WIDE_FIRST && c <= WIDE_LAST) return WIDE_STOPS.includes(ch) ? ch : String.fromCharCode(c - WIDE_SHIFT);
  return OTHER[ch] ?? ch;
}
