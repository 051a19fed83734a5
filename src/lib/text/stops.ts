// Sentence stops of the scripts the analyzer reads beyond Latin punctuation: Khmer ។, Myanmar ။, Devanagari । ॥,
// the CJK full-width stops 。！？, the Arabic question mark ؟ and semicolon ؛, and the Urdu full stop ۔.
// Unlike ". ", they end a sentence with or without a space after them (Khmer and CJK write none).

/** The script stops as the body of a regular-expression character class (none needs escaping). */
export const SCRIPT_STOPS = '។။।॥。！？؟؛۔';

/** A sentence end inside a gap of text: ". ", "! ", "? " or a script stop. */
export const SENTENCE_BREAK = new RegExp(`[.!?]\\s|[${SCRIPT_STOPS}]`);
