// Plain types for what the analyzer says about one article (the JSON contract in DESIGN.md).

/** Forms of exploitation, aligned with UNODC GLOTIP, CTDC and HTCDS. */
export const EXPLOITATION_FORMS = [
  'sexual',
  'labour',
  'domestic_servitude',
  'forced_criminality',
  'forced_begging',
  'forced_marriage',
  'organ_removal',
  'illegal_adoption',
  'child_soldiers',
  'unspecified',
] as const;

/** One form of exploitation. */
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

/** A quote in the analysed text that caused a decision; offsets index the analysed text. */
export interface Evidence {
  field: 'relevance' | 'incident' | 'types' | 'countries' | 'minors' | 'victims' | 'negative';
  value: string | number | boolean;
  quote: string;
  start: number;
  end: number;
}

/** A place named in the text, resolved against the gazetteer. */
export interface Place {
  name: string;
  id: string;
  kind: 'country' | 'region' | 'city';
  country: string;
  admin1?: string;
  lat: number;
  lon: number;
  start: number;
  end: number;
}

/** Something an editor should look at: survivor-centred language or a victim's identifying detail. */
export interface Flag {
  kind: 'language' | 'privacy';
  quote: string;
  start: number;
  end: number;
  suggestion?: string;
  note?: string;
  /** For privacy flags: what the quote identifies (what redaction says is withheld). */
  what?: 'name' | 'address' | 'school' | 'caption';
}

/** The full analysis of one article. */
export interface Analysis {
  id: string;
  language: string;
  relevant: boolean;
  relevance: number;
  incident: boolean;
  types: ExploitationForm[];
  countries: string[];
  places: Place[];
  minors: boolean | null;
  victims: number | null;
  /** Countries of the victims' nationalities the text gives ("15 bolivianos", "Myanmar fishermen"); relevant texts. */
  origins?: string[];
  evidence: Evidence[];
  flags: Flag[];
}
