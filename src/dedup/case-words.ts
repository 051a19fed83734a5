// The words that introduce a name of the case (data/stories/case-words.json): a suspect's alias ("alias «La
// Paisa»") or a police operation's name ("Operación Alborga"), and the regexes built from them for incident.ts.
import { WORD_START } from '../lib/text/regexp.ts';
import { anyOf, eitherCase, storyWords } from './story-words.ts';

const list = storyWords('case-words.json');
const words = (name: string) => anyOf(list(name));
/** An article that belongs to an alias ("la", "el"). */
const ARTICLE = `(?:${words('alias_articles')}\\s+)?`;
/** Opening quotes before a name. */
const QUOTE = `(?:["“«'‘]\\s*)?`;
/** An operation's name: up to three capitalised words and a phase or edition number ("Resgate 3", "Liberterra II"). */
const NAME = '(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}(?:\\s+(?:\\d{1,2}|[IVX]{1,4})(?![\\p{L}\\d]))?)';

/** Aliases after an alias word, up to four joined ("alias *Camila* y *La Paisa*"); the list is captured. */
export const ALIAS = new RegExp(
  `${WORD_START}${words('alias_words')}\\s+(?:${words('alias_links')}\\s+)?((?:[«"“*'‘]?\\s*${ARTICLE}\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?[»"”*'’]?\\s*(?:,|${words('alias_conjunctions')})?\\s*){1,4})`,
  'gu',
);
/** One alias in such a list, with its article ("La Paisa"). */
export const ALIAS_NAME = new RegExp(`${ARTICLE}\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?`, 'gu');
/** A nickname in quotes with its article ("para «La Tía», cabecilla"): an alias told without an alias word. */
export const QUOTED_ALIAS = new RegExp(
  `["“«]\\s*(${anyOf(list('alias_articles'), eitherCase)}\\s+\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)\\s*["”»]`,
  'gu',
);
/** An operation's name right after a word for it ("Operación Alborga", "'Operação Espelho'"); the name is captured. */
export const OPERATION = new RegExp(
  `${WORD_START}${anyOf([...list('operations'), ...list('operations_named_directly')], eitherCase)}\\s+${QUOTE}${NAME}`,
  'gu',
);
/** "Einsatz namens Liberterra III", "operation, named Liberterra II", "operativo denominado Corralito": an operation
 * named after a word for it, not a person ("a man named …"); the name is captured. */
export const OPERATION_NAMED = new RegExp(
  `${WORD_START}${anyOf([...list('operations'), ...list('operations_named_after')], eitherCase)}[,\\s]+(?:\\p{Ll}+\\s+)?${words('naming_words')}\\s+${QUOTE}(?:${anyOf(list('operations'), eitherCase)}\\s+)?${NAME}`,
  'gu',
);
/** Small words caught where a name was expected ("of", "the"): no name. */
export const NOT_NAMES: ReadonlySet<string> = new Set(list('not_names'));
