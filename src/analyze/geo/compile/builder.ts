// Collects place rows and their aliases while the gazetteer is compiled.

import { foldMarks } from '../../../lib/text/fold.ts';
import { joinedForm } from '../../../lib/text/words.ts';
import type { AliasRow, AliasType, EntryRow } from '../gazetteer.ts';
import { GAZETTEER_VERSION } from '../gazetteer.ts';
import { DECLINING } from '../lookup.ts';

/** Countries whose place names are written in Romanian. */
const ROMANIAN_COUNTRIES = new Set(['RO', 'MD']);
const CEDILLA_OR_COMMA = /[şţŞŢșțȘȚ]/g;
/** The other spelling of each letter: cedilla (ş ţ) to comma below (ș ț) and back. */
const OTHER_MARK: Record<string, string> = {
  ş: 'ș',
  ţ: 'ț',
  Ş: 'Ș',
  Ţ: 'Ț',
  ș: 'ş',
  ț: 'ţ',
  Ș: 'Ş',
  Ț: 'Ţ',
};

/** The name with each cedilla letter spelled with a comma below and the other way round ("Timişoara" → "Timișoara"). */
function otherMarks(name: string): string {
  return name.replace(CEDILLA_OR_COMMA, (c) => OTHER_MARK[c] ?? c);
}

/** Accumulates entries and deduplicated aliases. */
export class GazetteerBuilder {
  readonly entries: EntryRow[] = [];
  /** Rows of our data files that name no known place (a typo, or a place the packages lack). */
  readonly unresolved: string[] = [];
  private readonly aliases = new Map<string, { text: string; lang: string; type: AliasType; ids: Set<number> }>();
  /** Spellings without diacritics that we derived: matched only in their own language. */
  private readonly derived = new Set<string>();

  /** Names on the stop list stay in their own language ("Island" is Iceland in German, a word in English). */
  constructor(private readonly stop: Set<string> = new Set()) {}

  /** Adds a place and returns its index. */
  addEntry(row: EntryRow): number {
    this.entries.push(row);
    return this.entries.length - 1;
  }

  /** Adds an alias for a place; Latin names also get a spelling without diacritics. */
  addAlias(text: string, lang: string, type: AliasType, entry: number): void {
    const clean = text.replace(/[’`]/g, "'").trim();
    if (!/\p{L}/u.test(clean)) return;
    // An all-lowercase Latin name is a word, not a name, unless a language writes it so (Spanish "nigeriana").
    if (lang === '*' && clean === clean.toLowerCase() && /\p{Script=Latin}/u.test(clean)) return;
    this.put(clean, lang, type, entry);
    // A name written with a Persian non-joiner ("ترکیه‌ای") matches it or a space there; its joined spelling is a name too.
    const joined = joinedForm(clean);
    if (joined) this.put(joined, lang, type, entry);
    // Romanian writes ș ț with a comma below, and much text still with a cedilla (ş ţ): a Romanian name, or the name
    // of a place in Romania or Moldova, is found in either spelling.
    const marked = otherMarks(clean);
    if (marked !== clean && (lang === 'ro' || ROMANIAN_COUNTRIES.has(this.entries[entry]?.[1] ?? '')))
      this.put(marked, lang, type, entry);
    const bare = /^[\p{Script=Latin}\P{L}]*$/u.test(clean) ? foldMarks(clean) : clean;
    if (bare !== clean) {
      this.put(bare, lang, type, entry);
      this.derived.add(bare);
    }
  }

  /** The compiled data. */
  build(): { version: number; entries: EntryRow[]; aliases: AliasRow[] } {
    this.widen();
    const aliases: AliasRow[] = [];
    for (const a of this.aliases.values()) {
      const any = a.lang === '*' ? undefined : this.aliases.get(`${a.text}\u0001*\u0001${a.type}`);
      // Languages that decline nouns keep their own rows: the matcher derives stems from them (Пољска → Пољској).
      const ids = DECLINING.has(a.lang) ? [...a.ids] : [...a.ids].filter((i) => !any?.ids.has(i));
      if (ids.length) aliases.push([a.text, a.lang, a.type, ...ids]);
    }
    return { version: GAZETTEER_VERSION, entries: this.entries, aliases };
  }

  /**
   * Capitalised Latin names of five letters or more, and names in other scripts (the script itself tells the
   * language family apart), are distinctive enough to match whatever language the text was detected as.
   */
  private widen(): void {
    for (const a of [...this.aliases.values()]) {
      if (
        a.lang !== '*' &&
        a.type !== 'd' &&
        !this.derived.has(a.text) &&
        !this.stop.has(a.text) &&
        ((a.text.length >= 5 && /^\p{Lu}[\p{Script=Latin}\P{L}]*$/u.test(a.text)) ||
          (a.text.length >= 3 && !/\p{Script=Latin}/u.test(a.text)))
      ) {
        for (const i of a.ids) this.put(a.text, '*', a.type, i);
      }
    }
  }

  private put(text: string, lang: string, type: AliasType, entry: number): void {
    const key = `${text}\u0001${lang}\u0001${type}`;
    const found = this.aliases.get(key);
    if (found) found.ids.add(entry);
    else this.aliases.set(key, { text, lang, type, ids: new Set([entry]) });
  }
}
