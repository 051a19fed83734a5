import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in twenty languages: in a raid on a nightclub the
// police find four women forced into prostitution and arrest two men. The count is carried by a verb of finding
// ("found", "обнаружили", "znaleźli", "menemukan", "откриха"), not of rescue.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Four women found in a nightclub',
    'During a raid on a nightclub in the town, officers found four women who had been forced into prostitution. Two men were arrested.',
  ],
  [
    'es',
    'Hallan a cuatro mujeres en un club',
    'Durante un registro en un club de la localidad, los agentes encontraron a cuatro mujeres que eran obligadas a prostituirse. Dos hombres fueron detenidos.',
  ],
  [
    'pt',
    'Quatro mulheres encontradas numa boate',
    'Durante uma operação numa boate da cidade, os agentes encontraram quatro mulheres que eram obrigadas a prostituir-se. Dois homens foram detidos.',
  ],
  [
    'fr',
    'Quatre femmes découvertes dans une boîte de nuit',
    "Lors d'une perquisition dans une boîte de nuit de la ville, les policiers ont découvert quatre femmes contraintes de se prostituer. Deux hommes ont été interpellés.",
  ],
  [
    'it',
    'Trovate quattro donne in un night club',
    'Durante un controllo in un night club della città, gli agenti hanno trovato quattro donne costrette a prostituirsi. Due uomini sono stati arrestati.',
  ],
  [
    'de',
    'Vier Frauen in einem Nachtclub entdeckt',
    'Bei einer Durchsuchung eines Nachtclubs in der Stadt entdeckten die Beamten vier Frauen, die zur Prostitution gezwungen worden waren. Zwei Männer wurden festgenommen.',
  ],
  [
    'nl',
    'Vier vrouwen aangetroffen in nachtclub',
    'Bij een inval in een nachtclub in de stad troffen agenten vier vrouwen aan die tot prostitutie werden gedwongen. Twee mannen werden aangehouden.',
  ],
  [
    'ro',
    'Patru femei găsite într-un club de noapte',
    'În timpul unei percheziții într-un club de noapte din oraș, polițiștii au găsit patru femei obligate să se prostitueze. Doi bărbați au fost reținuți.',
  ],
  [
    'ru',
    'В ночном клубе обнаружены четыре женщины',
    'В ходе обыска в ночном клубе города полицейские обнаружили четырех женщин, которых принуждали заниматься проституцией. Двое мужчин задержаны.',
  ],
  [
    'uk',
    'У нічному клубі виявили чотирьох жінок',
    'Під час обшуку в нічному клубі міста поліцейські виявили чотирьох жінок, яких примушували займатися проституцією. Двох чоловіків затримано.',
  ],
  [
    'bg',
    'Открити четири жени в нощен клуб',
    'При претърсване на нощен клуб в града полицаите откриха четири жени, принуждавани да проституират. Двама мъже са задържани.',
  ],
  [
    'pl',
    'W klubie nocnym znaleziono cztery kobiety',
    'Podczas przeszukania klubu nocnego w mieście policjanci znaleźli cztery kobiety zmuszane do prostytucji. Zatrzymano dwóch mężczyzn.',
  ],
  [
    'cs',
    'V nočním klubu policie našla čtyři ženy',
    'Při prohlídce nočního klubu ve městě policisté našli čtyři ženy, které byly nuceny k prostituci. Dva muži byli zadrženi.',
  ],
  [
    'sr',
    'U noćnom klubu pronađene četiri žene',
    'Tokom pretresa noćnog kluba u gradu policija je pronašla četiri žene koje su bile primoravane na prostituciju. Dvojica muškaraca su uhapšena.',
  ],
  [
    'el',
    'Εντοπίστηκαν τέσσερις γυναίκες σε νυχτερινό κέντρο',
    'Κατά τη διάρκεια ελέγχου σε νυχτερινό κέντρο της πόλης, οι αστυνομικοί εντόπισαν τέσσερις γυναίκες που εξαναγκάζονταν σε πορνεία. Δύο άνδρες συνελήφθησαν.',
  ],
  [
    'tr',
    'Gece kulübünde dört kadın bulundu',
    'Şehirdeki bir gece kulübüne yapılan baskında polis, fuhşa zorlanan dört kadın buldu. İki erkek gözaltına alındı.',
  ],
  [
    'id',
    'Empat perempuan ditemukan di klub malam',
    'Dalam penggerebekan di sebuah klub malam di kota itu, polisi menemukan empat perempuan yang dipaksa menjadi pekerja seks. Dua pria ditangkap.',
  ],
  [
    'vi',
    'Phát hiện bốn phụ nữ trong quán bar',
    'Trong cuộc kiểm tra một quán bar trong thành phố, cảnh sát phát hiện bốn phụ nữ bị ép bán dâm. Hai người đàn ông bị bắt giữ.',
  ],
  [
    'hu',
    'Négy nőt találtak egy éjszakai klubban',
    'Egy városi éjszakai klubban tartott razzia során a rendőrök négy nőt találtak, akiket prostitúcióra kényszerítettek. Két férfit őrizetbe vettek.',
  ],
  [
    'ca',
    'Troben quatre dones en un club nocturn',
    'Durant un escorcoll en un club nocturn de la ciutat, els agents van trobar quatre dones obligades a prostituir-se. Dos homes van ser detinguts.',
  ],
];

describe('four women found in a nightclub, told in twenty languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, four adult victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 4);
      assert.equal(r.minors, false);
    });
  }
});

// Counts of offences and ratios beside a verb of finding are not people ("обнаружено 76 правонарушений", "нашли в 17
// раз больше случаев").
describe('offences and ratios found are not victims', () => {
  it('ru: offences and a ratio', async () => {
    const r = await analyze(
      'Торговля людьми',
      'Сотрудниками полиции обнаружено 76 подобных правонарушений. Журналисты нашли в 17 раз больше таких случаев, чем суды.',
    );
    assert.equal(r.victims, null);
  });
});
