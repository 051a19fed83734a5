// The one accent fold: analysis lexicons, the cue engine, the geo matcher and gazetteer and search all drop
// diacritics the same way.

/** Text without diacritics ("Côte" → "Cote", "víctimas" → "victimas"): canonical decomposition, combining marks
 * removed, then recomposed (so Hangul and other precomposed letters without marks come back whole). Case is kept. */
export function foldMarks(s: string): string {
  return isAscii(s) ? s : s.normalize('NFD').replace(MARKS, '').normalize('NFC');
}

const MARKS = /\p{M}+/gu;

/** Whether every UTF-16 unit of the string is ASCII (nothing to fold). */
export function isAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) > 127) return false;
  return true;
}
