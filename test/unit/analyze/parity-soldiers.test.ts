import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in ten languages: an armed group releases 42 children
// from its ranks; some boys were 12 when recruited as fighters. No word for trafficking: children taken from or into
// an armed group's ranks say it. The children right before "from its ranks" are the ones read, not the title's.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Children freed from armed group',
    'An armed group released 42 children from its ranks in the east of the country on Monday, the UN said. Some of the boys were only 12 when they were recruited as fighters.',
  ],
  [
    'fr',
    "Des enfants libérés d'un groupe armé",
    "Un groupe armé a libéré lundi 42 enfants de ses rangs dans l'est du pays, a indiqué l'ONU. Certains garçons n'avaient que 12 ans lorsqu'ils ont été recrutés comme combattants.",
  ],
  [
    'es',
    'Liberados niños de un grupo armado',
    'Un grupo armado liberó el lunes a 42 niños de sus filas en el este del país, informó la ONU. Algunos de los chicos tenían solo 12 años cuando fueron reclutados como combatientes.',
  ],
  [
    'pt',
    'Crianças libertadas de grupo armado',
    'Um grupo armado libertou na segunda-feira 42 crianças das suas fileiras no leste do país, informou a ONU. Alguns dos rapazes tinham apenas 12 anos quando foram recrutados como combatentes.',
  ],
  [
    'ar',
    'إطلاق سراح أطفال من جماعة مسلحة',
    'أطلقت جماعة مسلحة يوم الاثنين سراح 42 طفلا من صفوفها في شرق البلاد، بحسب الأمم المتحدة. وكان بعض الفتيان في الثانية عشرة فقط عندما جندوا كمقاتلين.',
  ],
  [
    'sw',
    'Watoto waachiliwa na kundi la waasi',
    'Kundi la waasi liliwaachilia watoto 42 kutoka safu zake mashariki mwa nchi siku ya Jumatatu, Umoja wa Mataifa ulisema. Baadhi ya wavulana walikuwa na umri wa miaka 12 tu walipoandikishwa kama wapiganaji.',
  ],
  [
    'id',
    'Anak-anak dibebaskan dari kelompok bersenjata',
    'Sebuah kelompok bersenjata membebaskan 42 anak dari barisannya di wilayah timur negara itu pada Senin, kata PBB. Beberapa anak laki-laki baru berusia 12 tahun ketika direkrut sebagai kombatan.',
  ],
  [
    'it',
    'Liberati bambini da un gruppo armato',
    "Un gruppo armato ha liberato lunedì 42 bambini dalle sue file nell'est del paese, ha reso noto l'ONU. Alcuni ragazzi avevano solo 12 anni quando sono stati reclutati come combattenti.",
  ],
  [
    'de',
    'Kinder aus bewaffneter Gruppe befreit',
    'Eine bewaffnete Gruppe hat am Montag 42 Kinder aus ihren Reihen im Osten des Landes freigelassen, teilte die UNO mit. Einige Jungen waren erst 12 Jahre alt, als sie als Kämpfer rekrutiert wurden.',
  ],
  [
    'ru',
    'Дети освобождены из вооруженной группировки',
    'Вооруженная группировка в понедельник освободила из своих рядов 42 ребенка на востоке страны, сообщила ООН. Некоторым мальчикам было всего 12 лет, когда их завербовали в качестве бойцов.',
  ],
];

describe('children released by an armed group, told in ten languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, child soldiers, 42 minors`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['child_soldiers']);
      assert.equal(r.minors, true);
      assert.equal(r.victims, 42);
    });
  }
});
