// The words that tell a capitalised name is a place (data/stories/place-words.json): "Palma de Mallorca" after
// Palma, "Ferreira do Alentejo", trains named after their end stations. Regex pieces for incident.ts.
import { anyOf, storyWords } from './story-words.ts';

const list = storyWords('place-words.json');

/** Words after a city's name that make the longer name a place named after it ("palma de"). */
export const CITY_CONNECTOR = anyOf(list('city_connectors'));
/** A folded name ending with a connector and one word ("ferreira do alentejo"); the last word is captured. */
export const TOWN_END = new RegExp(`^\\p{L}.* ${anyOf(list('town_connectors'))} (\\p{L}+)$`, 'u');
/** Words after a train's name ("express", "rajdhani"). */
export const TRAIN_WORD = anyOf(list('train_words'));
/** Prepositions that stand only before places: a name of two or more words right after one is a place. */
export const PLACE_BEFORE: ReadonlySet<string> = new Set(list('place_before'));
