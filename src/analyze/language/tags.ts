// Language tags ("zh-CN", "pt_BR", "nb") read as the analyzer's language codes (data/lexicons/language/tags.json).
import { readFileSync } from 'node:fs';
import { dataPath } from '../../lib/paths.ts';

interface TagsFile {
  aliases: Record<string, string>;
  none: string[];
}

/** The analyzer's code for a language tag, or undefined when the tag names no language ("und", "", "x-private"). */
export type LanguageTags = (tag: string | null | undefined) => string | undefined;

/** A tag's form: a primary subtag of letters, then subtags of letters or digits. */
const TAG = /^([a-z]{1,8})(?:-[a-z0-9]{1,8})*$/;

/** Loads the alias table and returns the reader of tags. */
export function loadLanguageTags(file = dataPath('lexicons', 'language', 'tags.json')): LanguageTags {
  const data = JSON.parse(readFileSync(file, 'utf8')) as TagsFile;
  const aliases = new Map(Object.entries(data.aliases).map(([k, v]) => [k.toLowerCase(), v]));
  const none = new Set(data.none.map((c) => c.toLowerCase()));
  return (tag) => {
    const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
    const m = TAG.exec(t);
    if (!m || none.has(m[1]!)) return undefined;
    return aliases.get(t) ?? aliases.get(m[1]!) ?? m[1];
  };
}
