import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in nine languages: eight Nigerian women taken through
// Niger and Libya to Italy and forced into prostitution are freed in Turin. Origin, transit and destination are all
// countries of the case.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Nigerian women freed in Italy',
    'Police in Turin freed eight Nigerian women who had been taken through Niger and Libya to Italy and forced into prostitution. Four members of the network were arrested.',
  ],
  [
    'it',
    'Liberate otto donne nigeriane',
    'La polizia di Torino ha liberato otto donne nigeriane portate in Italia attraverso il Niger e la Libia e costrette a prostituirsi. Quattro membri della rete sono stati arrestati.',
  ],
  [
    'fr',
    'Huit Nigérianes libérées en Italie',
    'La police de Turin a libéré huit Nigérianes emmenées en Italie via le Niger et la Libye et contraintes à la prostitution. Quatre membres du réseau ont été arrêtés.',
  ],
  [
    'es',
    'Liberadas ocho nigerianas en Italia',
    'La policía de Turín liberó a ocho mujeres nigerianas llevadas a Italia a través de Níger y Libia y obligadas a prostituirse. Cuatro miembros de la red fueron detenidos.',
  ],
  [
    'de',
    'Acht Nigerianerinnen in Italien befreit',
    'Die Polizei in Turin hat acht Nigerianerinnen befreit, die über Niger und Libyen nach Italien gebracht und zur Prostitution gezwungen worden waren. Vier Mitglieder des Netzwerks wurden festgenommen.',
  ],
  [
    'pt',
    'Oito nigerianas libertadas em Itália',
    'A polícia de Turim libertou oito mulheres nigerianas levadas para Itália através do Níger e da Líbia e obrigadas a prostituir-se. Quatro membros da rede foram detidos.',
  ],
  [
    'nl',
    'Acht Nigeriaanse vrouwen bevrijd in Italië',
    'De politie in Turijn heeft acht Nigeriaanse vrouwen bevrijd die via Niger en Libië naar Italië waren gebracht en tot prostitutie gedwongen. Vier leden van het netwerk zijn opgepakt.',
  ],
  [
    'pl',
    'Osiem Nigeryjek uwolnionych we Włoszech',
    'Policja w Turynie uwolniła osiem Nigeryjek, które przez Niger i Libię przywieziono do Włoch i zmuszano do prostytucji. Zatrzymano czterech członków siatki.',
  ],
  [
    'ro',
    'Opt nigeriene eliberate în Italia',
    'Poliția din Torino a eliberat opt femei nigeriene aduse în Italia prin Niger și Libia și obligate să se prostitueze. Patru membri ai rețelei au fost arestați.',
  ],
];

describe('a route from Nigeria through Niger and Libya to Italy, told in nine languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: origin, transit and destination; eight victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual([...r.countries].sort(), ['IT', 'LY', 'NE', 'NG']);
      assert.equal(r.victims, 8);
    });
  }
});
