import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in nine languages and set in nine countries: police
// free fifteen women forced into prostitution, according to a Washington-based charity that funds the shelter; the US
// embassy supported the operation. The United States is named only in passing ("basée à Washington", "com sede em",
// "in Washington ansässige", "US-Botschaft", "посольство США"); the city of the case is declined in Russian
// ("Полиция Бишкека") and Vietnamese says fifteen as "mười lăm".
const CASES: [lang: string, title: string, text: string, country: string][] = [
  [
    'en',
    'Fifteen women rescued in Kenya',
    'Police in Mombasa rescued fifteen women who had been forced into prostitution, according to a Washington-based charity that funds the shelter. The operation was supported by the US embassy. Three suspects were arrested.',
    'KE',
  ],
  [
    'es',
    'Rescatadas quince mujeres en Honduras',
    'La policía de San Pedro Sula rescató a quince mujeres obligadas a prostituirse, según una ONG con sede en Washington que financia el albergue. La operación contó con el apoyo de la embajada de Estados Unidos. Tres sospechosos fueron detenidos.',
    'HN',
  ],
  [
    'fr',
    'Quinze femmes libérées au Sénégal',
    "La police de Thiès a libéré quinze femmes contraintes à la prostitution, selon une ONG basée à Washington qui finance le foyer. L'opération a été soutenue par l'ambassade des États-Unis. Trois suspects ont été interpellés.",
    'SN',
  ],
  [
    'pt',
    'Quinze mulheres resgatadas em Moçambique',
    'A polícia da Beira resgatou quinze mulheres obrigadas a prostituir-se, segundo uma ONG com sede em Washington que financia o abrigo. A operação teve o apoio da embaixada dos Estados Unidos. Três suspeitos foram detidos.',
    'MZ',
  ],
  [
    'id',
    'Lima belas perempuan diselamatkan di Batam',
    'Polisi Batam menyelamatkan lima belas perempuan yang dipaksa menjadi pekerja seks, menurut sebuah LSM yang berbasis di Washington yang mendanai rumah aman tersebut. Operasi itu didukung Kedutaan Besar Amerika Serikat. Tiga tersangka ditangkap.',
    'ID',
  ],
  [
    'ru',
    'В Бишкеке освобождены пятнадцать женщин',
    'Полиция Бишкека освободила пятнадцать женщин, которых принуждали к проституции, сообщила базирующаяся в Вашингтоне НКО, финансирующая приют. Операцию поддержало посольство США. Задержаны трое подозреваемых.',
    'KG',
  ],
  [
    'vi',
    'Giải cứu mười lăm phụ nữ ở An Giang',
    'Công an An Giang đã giải cứu mười lăm phụ nữ bị ép bán dâm, theo một tổ chức phi chính phủ có trụ sở tại Washington tài trợ cho nhà tạm lánh. Chiến dịch được Đại sứ quán Mỹ hỗ trợ. Ba nghi phạm bị bắt.',
    'VN',
  ],
  [
    'de',
    'Fünfzehn Frauen in Albanien befreit',
    'Die Polizei in Durrës hat fünfzehn Frauen befreit, die zur Prostitution gezwungen worden waren, teilte eine in Washington ansässige Organisation mit, die das Frauenhaus finanziert. Der Einsatz wurde von der US-Botschaft unterstützt. Drei Verdächtige wurden festgenommen.',
    'AL',
  ],
  [
    'it',
    'Liberate quindici donne in Nigeria',
    "La polizia di Benin City ha liberato quindici donne costrette a prostituirsi, secondo una ONG con sede a Washington che finanzia il centro di accoglienza. L'operazione è stata sostenuta dall'ambasciata degli Stati Uniti. Tre sospettati sono stati arrestati.",
    'NG',
  ],
];

describe('a case abroad with US funding named in passing, told in nine languages', () => {
  for (const [lang, title, text, country] of CASES) {
    it(`${lang}: ${country} only, fifteen victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.countries, [country]);
      assert.equal(r.victims, 15);
    });
  }
});
