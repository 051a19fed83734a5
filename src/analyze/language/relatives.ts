// Close relatives the language model confuses on short texts (Nepali read as Hindi, Urdu as Persian, Chinese as
// Japanese), told apart by cheap evidence: function words, endings, letters (data/lexicons/language/relatives.json).
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';

interface MemberFile {
  language: string;
  words?: string[];
  endings?: string[];
  letters?: string;
  required?: boolean;
}

interface GroupFile {
  labels: string[];
  script?: string;
  members: MemberFile[];
}

interface Member {
  language: string;
  words: Set<string>;
  endings: string[];
  letters: RegExp | null;
  required: boolean;
}

interface Group {
  labels: Set<string>;
  script: RegExp | null;
  members: Member[];
}

/** Corrects the model's top label for a sample of text (the label itself when no group reads it). */
export type RelativesCheck = (label: string, sample: string) => string;

/** Letters and marks (vowel signs) make words, as the shared word rule has it (a Persian non-joiner parts them too). */
const NOT_WORD = /[^\p{L}\p{M}]+/u;

/** Loads the groups and returns the check. */
export function loadRelatives(file = dataPath('lexicons', 'language', 'relatives.json')): RelativesCheck {
  const groups = (JSON.parse(readFileSync(file, 'utf8')) as { groups: GroupFile[] }).groups.map(compileGroup);
  return (label, sample) => {
    // The first group that reads the label or the sample's script, as listed: the sample's letters are counted once,
    // and only for the script groups listed before the label's (most labels have a group of their own, or none).
    const byLabel = groups.findIndex((g) => g.labels.has(label));
    const before = byLabel < 0 ? groups.length : byLabel;
    let letters = -1;
    for (let i = 0; i < before; i++) {
      const script = groups[i]!.script;
      if (!script) continue;
      if (letters < 0) letters = sample.match(LETTER)?.length ?? 0;
      if (letters > 0 && count(sample, script) * 2 > letters) return decide(groups[i]!, label, sample);
    }
    return byLabel < 0 ? label : decide(groups[byLabel]!, label, sample);
  };
}

/** Any letter (a sample's letters, counted against a group's script). */
const LETTER = /\p{L}/gu;

function compileGroup(g: GroupFile): Group {
  return {
    labels: new Set(g.labels),
    script: g.script ? new RegExp(`[${g.script}]`, 'gu') : null,
    members: g.members.map((m) => ({
      language: m.language,
      words: new Set(m.words ?? []),
      endings: m.endings ?? [],
      letters: m.letters ? new RegExp(`[${m.letters}]`, 'gu') : null,
      required: m.required === true,
    })),
  };
}

/** The member with the most evidence; the label where it ties for the most or where nothing speaks against it. */
function decide(group: Group, label: string, sample: string): string {
  const words = sample.split(NOT_WORD).filter(Boolean);
  const pool = group.members
    .map((m) => ({ language: m.language, letters: count(sample, m.letters), m }))
    .filter((s) => !(s.m.required && s.letters === 0))
    .map((s) => ({ language: s.language, score: s.letters + wordScore(s.m, words) }));
  const best = Math.max(0, ...pool.map((s) => s.score));
  const top = pool.filter((s) => s.score === best);
  if (top.some((s) => s.language === label)) return label;
  // No evidence: the label stands unless the group ruled it out or was read only for the text's script.
  const ruledOut = group.members.some((m) => m.language === label) || !group.labels.has(label);
  if (best === 0 && !ruledOut) return label;
  return top[0]?.language ?? label;
}

function wordScore(m: Member, words: string[]): number {
  let n = 0;
  for (const w of words) {
    if (m.words.has(w)) n++;
    else if (m.endings.some((e) => w.length > e.length && w.endsWith(e))) n++;
  }
  return n;
}

function count(text: string, letters: RegExp | null): number {
  return letters ? (text.match(letters)?.length ?? 0) : 0;
}
