// Towns named like countries: "em Cuba, no Alentejo" and "Beja, Cuba e Ferreira do Alentejo" name the town of Cuba
// in Portugal, not the country. A country's name written as a town beside a region or towns of another country the
// report names is read as that town (words in data/stories/place-links.json). Pure after load.
import { readFileSync } from 'node:fs';
import { dataPath } from '../lib/paths.ts';
import type { Place } from '../model/analysis.ts';
import { fold } from './incident-names.ts';

const LINKS = readLinks();

function readLinks(): { inside: RegExp; list: RegExp } {
  const raw = JSON.parse(readFileSync(dataPath('stories', 'place-links.json'), 'utf8')) as Record<string, unknown>;
  const words = (k: string) => {
    const list = raw[k];
    if (!Array.isArray(list) || !list.every((w) => typeof w === 'string' && w === fold(w) && w.trim()))
      throw new Error(`place-links.json: ${k}: a list of folded lower-case words`);
    return list.map((w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  };
  return {
    // "Cuba, no Alentejo": the town, a comma, a locative, the region.
    inside: new RegExp(`^\\s*,\\s*(?:${words('in')})\\s+$`, 'u'),
    // "Beja, Cuba e …": a list joiner between two towns.
    list: new RegExp(`^\\s*(?:${words('and')})\\s*$`, 'u'),
  };
}

/** The countries whose every mention is a town of another named country, and those towns' folded names. */
export function countryTowns(
  places: readonly Place[],
  text: string,
  countries: readonly string[],
): {
  countries: string[];
  towns: string[];
} {
  const mentions = new Map<string, boolean[]>();
  for (const p of places) {
    if (p.kind !== 'country') continue;
    const town = fold(text.slice(p.start, p.end)) === fold(p.name) && isTown(p, places, text, countries);
    mentions.set(p.country, [...(mentions.get(p.country) ?? []), town]);
  }
  const out = [...mentions].filter(([, towns]) => towns.every(Boolean)).map(([c]) => c);
  const towns = places.filter((p) => p.kind === 'country' && out.includes(p.country)).map((p) => fold(p.name));
  return { countries: out, towns: [...new Set(towns)] };
}

/** Whether this mention of a country sits as a town: followed by ", in <region>" of another named country, or
 * listed after a place of that country and followed by another item ("Beja, Cuba e Ferreira"). */
function isTown(p: Place, places: readonly Place[], text: string, countries: readonly string[]): boolean {
  const local = places.filter((q) => q.kind !== 'country' && q.country !== p.country && countries.includes(q.country));
  const after = local.find((q) => q.start >= p.end && LINKS.inside.test(fold(text.slice(p.end, q.start))));
  if (after) return true;
  const before = local.find((q) => q.end <= p.start && /^\s*,\s*$/.test(text.slice(q.end, p.start)));
  const next = /^(\s*(?:\p{L}+|,)\s*)\p{Lu}/u.exec(text.slice(p.end, p.end + 12));
  return !!before && !!next && LINKS.list.test(fold(next[1]!));
}
