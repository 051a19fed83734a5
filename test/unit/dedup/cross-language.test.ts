// One farm-labour rescue (composed by us, fictional) told by outlets in ten languages a day apart, each keeping the
// facts outlets keep (the count, the operation, the ages, the sum, the town, the weekday): every telling joins the
// English one. Catalan "operació" had named no operation.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAnalyzer } from '../../../src/analyze/analyzer.ts';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { articlePrints } from '../../../src/dedup/prints.ts';

const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Police free 23 workers from farm near Lleida',
    'Spanish police on Tuesday freed 23 farm workers from Senegal and Mali who were held in forced labour on a fruit farm near Lleida, in an operation called Operation Cereza. Three people aged 34, 41 and 52 were arrested. The workers each owed 3,000 euros and were paid 2 euros an hour.',
  ],
  [
    'es',
    'Liberan a 23 temporeros en una finca de Lleida',
    'La Guardia Civil liberó el martes a 23 trabajadores de Senegal y Malí sometidos a explotación laboral en una finca frutícola cerca de Lleida, en la operación Cereza. Fueron detenidas tres personas de 34, 41 y 52 años. Los trabajadores debían 3.000 euros cada uno.',
  ],
  [
    'ca',
    'Alliberats 23 temporers en una finca de Lleida',
    "La Guàrdia Civil va alliberar dimarts 23 treballadors del Senegal i Mali sotmesos a explotació laboral en una finca fructícola a prop de Lleida, en l'operació Cereza. Van ser detingudes tres persones de 34, 41 i 52 anys. Els treballadors devien 3.000 euros cadascun.",
  ],
  [
    'fr',
    'Espagne : 23 ouvriers agricoles libérés près de Lleida',
    "La Guardia Civil a libéré mardi 23 ouvriers agricoles sénégalais et maliens soumis au travail forcé dans une exploitation fruitière près de Lleida, lors de l'opération Cereza. Trois personnes âgées de 34, 41 et 52 ans ont été arrêtées. Les ouvriers devaient chacun 3 000 euros.",
  ],
  [
    'it',
    'Spagna, liberati 23 braccianti vicino a Lleida',
    "La Guardia Civil ha liberato martedì 23 braccianti senegalesi e maliani sottoposti a lavoro forzato in un'azienda frutticola vicino a Lleida, nell'operazione Cereza. Sono state arrestate tre persone di 34, 41 e 52 anni. I lavoratori dovevano 3.000 euro ciascuno.",
  ],
  [
    'pt',
    'Espanha liberta 23 trabalhadores perto de Lleida',
    'A Guardia Civil libertou na terça-feira 23 trabalhadores do Senegal e do Mali submetidos a trabalho forçado numa exploração de fruta perto de Lleida, na operação Cereza. Foram detidas três pessoas de 34, 41 e 52 anos. Os trabalhadores deviam 3.000 euros cada um.',
  ],
  [
    'de',
    'Spanien: 23 Erntehelfer bei Lleida befreit',
    'Die Guardia Civil hat am Dienstag 23 Landarbeiter aus Senegal und Mali befreit, die auf einem Obsthof bei Lleida zur Arbeit gezwungen wurden. Bei der Operation Cereza wurden drei Personen im Alter von 34, 41 und 52 Jahren festgenommen. Die Arbeiter schuldeten je 3.000 Euro.',
  ],
  [
    'ro',
    'Spania: 23 de muncitori eliberați lângă Lleida',
    'Guardia Civil a eliberat marți 23 de muncitori din Senegal și Mali supuși muncii forțate la o fermă de fructe de lângă Lleida, în operațiunea Cereza. Trei persoane în vârstă de 34, 41 și 52 de ani au fost reținute. Muncitorii datorau câte 3.000 de euro.',
  ],
  [
    'pl',
    'Hiszpania: uwolniono 23 robotników pod Lleidą',
    'Guardia Civil uwolniła we wtorek 23 robotników z Senegalu i Mali zmuszanych do pracy przymusowej w gospodarstwie owocowym pod Lleidą w ramach operacji Cereza. Zatrzymano trzy osoby w wieku 34, 41 i 52 lat. Robotnicy byli winni po 3000 euro.',
  ],
  [
    'nl',
    'Spanje: 23 landarbeiders bevrijd bij Lleida',
    'De Guardia Civil heeft dinsdag 23 landarbeiders uit Senegal en Mali bevrijd die tot dwangarbeid werden gedwongen op een fruitbedrijf bij Lleida, in de operatie Cereza. Drie mensen van 34, 41 en 52 jaar zijn aangehouden. De arbeiders waren elk 3.000 euro schuldig.',
  ],
];

describe('one case told in ten languages', async () => {
  const analyzer = await loadAnalyzer();
  const at0 = Date.parse('2025-03-11T10:00:00Z');
  const print = ([lang, title, text]: [string, string, string], at: number): StoryPrint => {
    const p = articlePrints(title, text, analyzer.analyze({ id: lang, title, text }));
    assert.ok(p.incident, `${lang}: read as relevant`);
    return { incident: p.incident, at, dated: true, shingles: p.near.shingles };
  };
  const english = print(CASES[0]!, at0);
  for (const c of CASES.slice(1)) {
    it(`${c[0]} joins the English report`, () => {
      const r = compareReports(english, print(c, at0 + 20 * 3600_000));
      assert.ok(r.same, r.evidence.join('; '));
      assert.ok(
        r.evidence.some((e) => e.startsWith('operation cereza')),
        r.evidence.join('; '),
      );
    });
  }
});
