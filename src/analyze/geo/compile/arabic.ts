// Arabic nisba adjectives from country names: ليبيا → ليبي، ليبية ("Libyan"), so "الليبية" is found.
import type { AliasRow } from '../gazetteer.ts';

/** Adds demonym aliases for Arabic-script country names ending in alif or ta marbuta. */
export function addArabicNisba(data: { aliases: AliasRow[] }): void {
  const extra: AliasRow[] = [];
  for (const row of data.aliases) {
    const [text, lang, type, ...ids] = row;
    if ((lang !== 'ar' && lang !== '*') || type === 'd' || text.includes(' ') || !/^\p{Script=Arabic}+$/u.test(text))
      continue;
    const stem = text.replace(/[اة]$/u, '');
    if (stem.length < 3) continue;
    // ليبيا → ليبي (the stem already ends in yā'); كينيا → كيني; otherwise add it: تايلاند → تايلاندي.
    const nisba = stem.endsWith('ي') ? stem : `${stem}ي`;
    extra.push([nisba, 'ar', 'd', ...ids], [`${nisba}ة`, 'ar', 'd', ...ids]);
  }
  data.aliases.push(...extra);
}
