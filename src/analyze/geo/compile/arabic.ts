// Arabic nisba adjectives from country names: ليبيا → ليبي، ليبية ("Libyan"), so "الليبية" is found.
import type { GazetteerData } from '../gazetteer.ts';

/** Adds demonym aliases for Arabic-script country names ending in alif or ta marbuta. */
export function addArabicNisba(data: GazetteerData): void {
  const extra: GazetteerData['aliases'] = [];
  for (const row of data.aliases) {
    const [text, lang, type, ...ids] = row;
    if (lang !== 'ar' || type === 'd' || text.includes(' ') || !/^\p{Script=Arabic}+$/u.test(text)) continue;
    const stem = text.replace(/[اة]$/u, '');
    if (stem === text || stem.length < 3) continue;
    extra.push([`${stem}ي`, 'ar', 'd', ...ids], [`${stem}ية`, 'ar', 'd', ...ids]);
  }
  data.aliases.push(...extra);
}
