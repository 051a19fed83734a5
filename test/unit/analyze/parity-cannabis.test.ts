import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Cases composed by us (fictional; no third-party text). Two Vietnamese teenagers of 15 and 16 found locked in a
// cannabis farm and forced to tend the plants, told in nine languages: forced criminality. Against it, a raid on a
// cannabis farm that arrests two men for drug production, in five languages: a drug story (a cannabis farm alone is
// not exploitation, in English too).
const FORCED: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Teenagers found at cannabis farm',
    'Police found two Vietnamese teenagers aged 15 and 16 locked inside a cannabis farm in a house in Bristol. They had been forced to tend the plants. A man was arrested.',
  ],
  [
    'es',
    'Menores en una plantación de marihuana',
    'La policía encontró a dos adolescentes vietnamitas de 15 y 16 años encerrados en una plantación de marihuana en una casa de Girona. Les obligaban a cuidar las plantas. Un hombre fue detenido.',
  ],
  [
    'fr',
    'Deux adolescents dans une plantation de cannabis',
    "La police a trouvé deux adolescents vietnamiens de 15 et 16 ans enfermés dans une plantation de cannabis aménagée dans une maison à Lille. Ils étaient forcés de s'occuper des plants. Un homme a été interpellé.",
  ],
  [
    'de',
    'Jugendliche in Cannabisplantage',
    'Die Polizei fand zwei vietnamesische Jugendliche im Alter von 15 und 16 Jahren eingesperrt in einer Cannabisplantage in einem Haus in Leipzig. Sie waren gezwungen worden, die Pflanzen zu pflegen. Ein Mann wurde festgenommen.',
  ],
  [
    'nl',
    'Tieners in hennepkwekerij',
    'De politie trof twee Vietnamese tieners van 15 en 16 jaar aan, opgesloten in een hennepkwekerij in een woning in Breda. Ze werden gedwongen de planten te verzorgen. Een man is aangehouden.',
  ],
  [
    'it',
    'Minorenni in una piantagione di cannabis',
    'La polizia ha trovato due ragazzi vietnamiti di 15 e 16 anni rinchiusi in una piantagione di cannabis in una casa a Brescia. Erano costretti a curare le piante. Un uomo è stato arrestato.',
  ],
  [
    'cs',
    'Mladiství ve varně konopí',
    'Policie našla dva vietnamské mladistvé ve věku 15 a 16 let zamčené v pěstírně konopí v domě v Plzni. Byli nuceni starat se o rostliny. Jeden muž byl zadržen.',
  ],
  [
    'pl',
    'Nastolatkowie na plantacji konopi',
    'Policja znalazła dwóch wietnamskich nastolatków w wieku 15 i 16 lat zamkniętych na plantacji konopi w domu w Gdyni. Zmuszano ich do doglądania roślin. Zatrzymano jednego mężczyznę.',
  ],
  [
    'vi',
    'Hai thiếu niên bị nhốt trong trại trồng cần sa',
    'Cảnh sát Anh phát hiện hai thiếu niên Việt Nam 15 và 16 tuổi bị nhốt trong một trại trồng cần sa tại một ngôi nhà ở Bristol. Họ bị ép chăm sóc cây. Một người đàn ông bị bắt.',
  ],
];

const DRUGS: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Cannabis farm raided',
    'Police raided a cannabis farm with 500 plants in a house in Bristol and arrested two men for drug production. The plants were worth 400,000 pounds.',
  ],
  [
    'es',
    'Desmantelada una plantación de marihuana',
    'La policía desmanteló una plantación de marihuana con 500 plantas en una casa de Girona y detuvo a dos hombres por un delito contra la salud pública.',
  ],
  [
    'pl',
    'Zlikwidowano plantację konopi',
    'Policja zlikwidowała plantację konopi z 500 roślinami w domu w Gdyni i zatrzymała dwóch mężczyzn za uprawę narkotyków.',
  ],
  [
    'cs',
    'Policie zlikvidovala pěstírnu konopí',
    'Policie zlikvidovala pěstírnu konopí s 500 rostlinami v domě v Plzni a zadržela dva muže za výrobu drog.',
  ],
  [
    'vi',
    'Triệt phá trại trồng cần sa',
    'Công an triệt phá một trại trồng cần sa với 500 cây trong một ngôi nhà và bắt giữ hai người đàn ông về tội sản xuất ma túy.',
  ],
];

describe('teenagers forced to tend a cannabis farm, told in nine languages', () => {
  for (const [lang, title, text] of FORCED) {
    it(`${lang}: relevant, forced criminality, two minors`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.ok(r.types.includes('forced_criminality'), r.types.join(','));
      assert.equal(r.minors, true);
      assert.equal(r.victims, 2);
    });
  }
});

describe('a cannabis farm raided for drugs is not trafficking', () => {
  for (const [lang, title, text] of DRUGS) {
    it(`${lang}: ${title}`, async () => {
      assert.equal((await analyze(title, text)).relevant, false);
    });
  }
});
