import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Cases composed by us (fictional; no third-party text). Police free eleven Romanians who had to work without pay on a
// farm, told in eight languages: a liberation said in the clause of one sign of control (no pay) is a second sign, and
// with work it says forced labour. Against it, hard negatives: a strike over unpaid wages with threats of dismissal,
// and a businessman kidnapped for ransom and locked in a cellar, then freed.
const FREED: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Workers freed at a farm',
    'Police freed eleven Romanians who had to work without pay on a farm near Leeds. Three men were arrested.',
  ],
  [
    'es',
    'Liberados trabajadores en una finca',
    'La policía liberó a once rumanos que tenían que trabajar sin sueldo en una finca cerca de Almería. Tres hombres fueron detenidos.',
  ],
  [
    'fr',
    'Des ouvriers libérés dans une ferme',
    'La police a libéré onze Roumains qui devaient travailler sans salaire dans une ferme près de Nîmes. Trois hommes ont été interpellés.',
  ],
  [
    'it',
    'Braccianti liberati',
    "La polizia ha liberato undici romeni che dovevano lavorare senza paga in un'azienda agricola vicino a Latina. Tre uomini sono stati arrestati.",
  ],
  [
    'de',
    'Arbeiter auf einem Hof befreit',
    'Die Polizei hat elf Rumänen befreit, die auf einem Hof bei Oldenburg ohne Lohn arbeiten mussten. Drei Männer wurden festgenommen.',
  ],
  [
    'nl',
    'Arbeiders bevrijd op een boerderij',
    'De politie heeft elf Roemenen bevrijd die zonder loon moesten werken op een boerderij bij Venlo. Drie mannen zijn aangehouden.',
  ],
  [
    'pl',
    'Policja uwolniła robotników',
    'Policja uwolniła jedenastu Rumunów, którzy musieli pracować bez wynagrodzenia na farmie pod Poznaniem. Zatrzymano trzech mężczyzn.',
  ],
  [
    'ru',
    'Полиция освободила рабочих',
    'Полиция освободила одиннадцать румын, которые должны были работать без оплаты на ферме под Краснодаром. Задержаны трое мужчин.',
  ],
];

const NEGATIVES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Textile workers strike over unpaid wages',
    'Hundreds of workers at a textile factory in Leicester went on strike on Monday, saying they had not been paid for three months. The union said the employer had threatened to fire them.',
  ],
  [
    'es',
    'Huelga en una fábrica textil por salarios impagados',
    'Cientos de trabajadores de una fábrica textil de Elche se declararon en huelga el lunes porque llevan tres meses sin sueldo. El sindicato denunció que la empresa los amenazó con despedirlos.',
  ],
  [
    'fr',
    'Grève dans une usine textile',
    "Des centaines d'ouvriers d'une usine textile de Roubaix se sont mis en grève lundi : ils travaillent sans salaire depuis trois mois. Le syndicat affirme que l'employeur les a menacés de licenciement.",
  ],
  [
    'de',
    'Streik in Textilfabrik wegen ausstehender Löhne',
    'Hunderte Arbeiter einer Textilfabrik in Chemnitz sind am Montag in den Streik getreten, weil sie seit drei Monaten ohne Lohn arbeiten. Die Gewerkschaft sagt, der Arbeitgeber habe mit Entlassung gedroht.',
  ],
  [
    'pl',
    'Strajk w fabryce tekstyliów',
    'Setki pracowników fabryki tekstyliów w Łodzi rozpoczęły w poniedziałek strajk, bo od trzech miesięcy pracują bez wynagrodzenia. Związek twierdzi, że pracodawca groził im zwolnieniem.',
  ],
  [
    'ru',
    'Забастовка на текстильной фабрике',
    'Сотни рабочих текстильной фабрики в Иваново в понедельник объявили забастовку: уже три месяца они работают без оплаты. Профсоюз заявил, что работодатель угрожал им увольнением.',
  ],
  [
    'en',
    'Kidnapped businessman freed',
    'Police freed a businessman who had been kidnapped for ransom and locked in a basement in Leeds for four days. Three men were arrested.',
  ],
  [
    'es',
    'Liberado un empresario secuestrado',
    'La policía liberó a un empresario que había sido secuestrado para pedir un rescate y encerrado en un sótano de Málaga durante cuatro días. Tres hombres fueron detenidos.',
  ],
  [
    'de',
    'Entführter Unternehmer befreit',
    'Die Polizei hat einen Unternehmer befreit, der für ein Lösegeld entführt und vier Tage lang in einem Keller in Bremen eingesperrt worden war. Drei Männer wurden festgenommen.',
  ],
  [
    'fr',
    "Un chef d'entreprise enlevé libéré",
    "La police a libéré un chef d'entreprise enlevé contre rançon et séquestré pendant quatre jours dans une cave à Lille. Trois hommes ont été interpellés.",
  ],
];

describe('workers freed who had to work without pay, told in eight languages', () => {
  for (const [lang, title, text] of FREED) {
    it(`${lang}: relevant, labour, eleven victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['labour']);
      assert.equal(r.victims, 11);
    });
  }
});

describe('wage strikes and a kidnapping for ransom are not trafficking', () => {
  for (const [lang, title, text] of NEGATIVES) {
    it(`${lang}: ${title}`, async () => {
      assert.equal((await analyze(title, text)).relevant, false);
    });
  }
});
