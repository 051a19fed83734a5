import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Russian, Ukrainian and Serbo-Croatian cases composed by us (fictional places and people); no third-party text.
// They exercise the count categories added to ru.json and sr.json: a part of a group already counted (`part_of`),
// those who died (`dead`) and a minor said outright among adult women (`minor_sure`).

type Case = [name: string, title: string, text: string, victims: number];

describe('ru.json and sr.json: a part of the group or the dead are not the count', () => {
  const cases: Case[] = [
    [
      'ru part_of: "пять других женщин" in the title is no count of the case',
      'Пять других женщин освобождены в Казани',
      'Полиция освободила 12 женщин, которых принуждали к проституции в сауне. Владелец сауны задержан.',
      12,
    ],
    [
      'ru part_of: "пять из них" in the title is a part of the group',
      'Пять из них освобождены',
      'Полиция освободила 12 женщин, которых принуждали к проституции в сауне. Владелец сауны задержан.',
      12,
    ],
    [
      'ru dead: "трое рабочих погибли" are not the freed workers',
      'Трое рабочих погибли на заводе, где держали рабов',
      'Полиция освободила 17 рабочих кирпичного завода, которых годами заставляли работать без оплаты. Владелец ' +
        'завода задержан.',
      17,
    ],
    [
      'uk part_of: "5 інших жінок" is no count of the case',
      '5 інших жінок звільнено в Києві',
      'Поліція звільнила 12 жінок, яких примушували до проституції в сауні. Власника сауни затримано за торгівлю людьми.',
      12,
    ],
    [
      "uk number words written with an apostrophe (дев'ять, п’ятнадцять) are counts",
      'Поліція звільнила жінок у Києві',
      "Поліція звільнила дев'ятнадцять жінок, яких примушували до проституції в сауні. Власника сауни затримано за " +
        'торгівлю людьми.',
      19,
    ],
    [
      'uk dead: the women who died in the title are not the freed women',
      'Троє жінок загинули в пожежі в борделі',
      'Поліція звільнила 11 жінок, яких примушували до проституції в будинку в передмісті. Власника борделю затримано ' +
        'за торгівлю людьми.',
      11,
    ],
    [
      'sr (Latin) part_of: "pet drugih žena" is no count of the case',
      'Pet drugih žena oslobođeno u Nišu',
      'Policija je oslobodila 12 žena koje su bile žrtve trgovine ljudima i prisiljavane na prostituciju u sauni. ' +
        'Vlasnik saune je uhapšen.',
      12,
    ],
    [
      'sr (Cyrillic) part_of: "пет других жена" is no count of the case',
      'Пет других жена ослобођено у Нишу',
      'Полиција је ослободила 12 жена које су биле приморане на проституцију у сауни. Власник сауне је ухапшен.',
      12,
    ],
    [
      'hr part_of: "pet drugih žena" is no count of the case',
      'Pet drugih žena oslobođeno u Splitu',
      'Policija je oslobodila 12 žena koje su bile žrtve trgovine ljudima i prisiljene na prostituciju u sauni. ' +
        'Vlasnik saune je uhićen.',
      12,
    ],
    [
      'sr (Latin) dead: "tri radnika poginula" are not the freed workers',
      'Trgovina ljudima: tri radnika poginula u fabrici',
      'Policija je oslobodila 17 radnika fabrike cigle koji su godinama bili prisiljavani da rade bez plate. Vlasnik ' +
        'fabrike je uhapšen.',
      17,
    ],
    [
      'sr (Cyrillic) dead: "три радника погинула" are not the freed workers',
      'Трговина људима: три радника погинула у фабрици',
      'Полиција је ослободила 17 радника фабрике цигле који су годинама били приморавани да раде без плате. Власник ' +
        'фабрике је ухапшен.',
      17,
    ],
    [
      'hr dead: "tri radnika poginula" are not the freed workers',
      'Trgovanje ljudima: tri radnika poginula u tvornici',
      'Policija je oslobodila 17 radnika tvornice opeke koji su godinama bili prisiljavani raditi bez plaće. Vlasnik ' +
        'tvornice je uhićen zbog trgovine ljudima.',
      17,
    ],
  ];
  for (const [name, title, text, victims] of cases)
    it(name, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, victims);
    });
});

describe('ru.json and sr.json: a minor said outright among adult women settles minors', () => {
  const cases: [name: string, title: string, text: string][] = [
    [
      'ru "две из них были несовершеннолетними"',
      'Торговля людьми: освобождены женщины',
      'Полиция освободила шесть женщин, которых принуждали к проституции в сауне. Две из них были ' +
        'несовершеннолетними. Владелец сауны задержан.',
    ],
    [
      'uk "дві з них були неповнолітніми"',
      'Поліція звільнила 9 жінок',
      "Поліція звільнила дев'ять жінок, яких утримували в будинку та примушували до проституції. Дві з них були " +
        'неповнолітніми. Власника будинку затримано.',
    ],
    [
      'sr (Latin) "dve od njih su bile maloletne"',
      'Policija oslobodila žene iz saune',
      'Policija je oslobodila šest žena koje su bile žrtve trgovine ljudima. Dve od njih su bile maloletne. Vlasnik ' +
        'saune je uhapšen.',
    ],
    [
      'sr (Cyrillic) "две од њих су биле малолетне"',
      'Полиција ослободила жене из сауне',
      'Полиција је ослободила шест жена које су биле жртве трговине људима. Две од њих су биле малолетне. Власник ' +
        'сауне је ухапшен.',
    ],
    [
      'hr "dvije od njih bile su maloljetne"',
      'Policija oslobodila žene iz saune',
      'Policija je oslobodila šest žena koje su bile žrtve trgovine ljudima. Dvije od njih bile su maloljetne. ' +
        'Vlasnik saune je uhićen.',
    ],
  ];
  for (const [name, title, text] of cases)
    it(name, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.minors, true);
    });
});
