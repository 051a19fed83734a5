import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in fourteen languages: officers identify 14 potential
// victims of trafficking in raids on nail bars; three people are arrested. The officers before "identified 14" are the
// subject, not the count; a hedge before the word for victims ("14 mutmaßliche Opfer") is no suspect; French "victimes
// présumées de traite" names trafficking.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Potential victims identified',
    'Officers identified 14 potential victims of modern slavery during raids on nail bars in Leeds. Three people were arrested.',
  ],
  [
    'es',
    'Identificadas posibles víctimas',
    'Los agentes identificaron a 14 posibles víctimas de trata durante registros en salones de uñas de Valencia. Tres personas fueron detenidas.',
  ],
  [
    'fr',
    'Victimes présumées identifiées',
    'Les enquêteurs ont identifié 14 victimes présumées de traite lors de perquisitions dans des bars à ongles à Lyon. Trois personnes ont été interpellées.',
  ],
  [
    'it',
    'Individuate presunte vittime',
    'Gli agenti hanno individuato 14 presunte vittime di tratta durante perquisizioni in centri estetici a Milano. Tre persone sono state arrestate.',
  ],
  [
    'de',
    'Mutmaßliche Opfer identifiziert',
    'Die Ermittler identifizierten 14 mutmaßliche Opfer von Menschenhandel bei Durchsuchungen von Nagelstudios in Köln. Drei Personen wurden festgenommen.',
  ],
  [
    'pt',
    'Identificadas possíveis vítimas',
    'Os agentes identificaram 14 possíveis vítimas de tráfico de pessoas durante buscas em salões de unhas no Porto. Três pessoas foram detidas.',
  ],
  [
    'nl',
    'Vermoedelijke slachtoffers',
    'De politie identificeerde 14 vermoedelijke slachtoffers van mensenhandel bij invallen in nagelsalons in Rotterdam. Drie mensen zijn aangehouden.',
  ],
  [
    'ro',
    'Victime identificate',
    'Anchetatorii au identificat 14 posibile victime ale traficului de persoane în timpul percheziţiilor în saloane de unghii din Cluj. Trei persoane au fost reţinute.',
  ],
  [
    'pl',
    'Zidentyfikowano ofiary',
    'Policjanci zidentyfikowali 14 potencjalnych ofiar handlu ludźmi podczas przeszukań salonów paznokci w Krakowie. Zatrzymano trzy osoby.',
  ],
  [
    'ru',
    'Выявлены жертвы',
    'Полицейские выявили 14 предполагаемых жертв торговли людьми в ходе обысков в маникюрных салонах Москвы. Задержаны три человека.',
  ],
  [
    'el',
    'Εντοπίστηκαν θύματα',
    'Οι αστυνομικοί εντόπισαν 14 πιθανά θύματα εμπορίας ανθρώπων κατά τη διάρκεια ερευνών σε κέντρα νυχιών στην Αθήνα. Συνελήφθησαν τρία άτομα.',
  ],
  [
    'vi',
    'Xác định nạn nhân',
    'Cảnh sát đã xác định 14 nạn nhân nghi bị mua bán người trong các cuộc khám xét tiệm làm móng ở London. Ba người bị bắt.',
  ],
  [
    'id',
    'Korban teridentifikasi',
    'Polisi mengidentifikasi 14 calon korban perdagangan orang dalam penggerebekan di salon kuku di Jakarta. Tiga orang ditangkap.',
  ],
  [
    'tr',
    'Olası mağdurlar belirlendi',
    "Polis, İstanbul'daki tırnak salonlarına yapılan baskınlarda 14 olası insan ticareti mağdurunu tespit etti. Üç kişi gözaltına alındı.",
  ],
];

describe('14 potential victims identified, told in fourteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, 14 victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 14);
    });
  }
});
