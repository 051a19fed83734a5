import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Cases composed by us (fictional; no third-party text). Seven women stopped at a border on their way to promised jobs,
// two brokers arrested, told in eight languages: people intercepted on their way are victims (German puts the verb
// last: "sieben Frauen … gestoppt"). Against it, seven women stopped with cocaine in their luggage: drug couriers.
const INTERCEPTED: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Women stopped at the border',
    'Border guards intercepted seven Nepali women being taken to India with promises of jobs in Delhi. Two brokers travelling with them were arrested.',
  ],
  [
    'es',
    'Interceptadas siete mujeres en la frontera',
    'Agentes fronterizos interceptaron a siete mujeres nepalíes a las que llevaban a la India con promesas de empleo en Delhi. Dos intermediarios que viajaban con ellas fueron detenidos.',
  ],
  [
    'fr',
    'Sept femmes interceptées à la frontière',
    "Les gardes-frontières ont intercepté sept femmes népalaises emmenées en Inde avec des promesses d'emploi à Delhi. Deux intermédiaires qui voyageaient avec elles ont été arrêtés.",
  ],
  [
    'vi',
    'Chặn bảy phụ nữ ở biên giới',
    'Bộ đội biên phòng đã chặn bảy phụ nữ đang bị đưa sang Trung Quốc với lời hứa việc làm lương cao. Hai đối tượng môi giới đi cùng bị bắt giữ.',
  ],
  [
    'id',
    'Tujuh perempuan dicegat di perbatasan',
    'Petugas perbatasan mencegat tujuh perempuan yang akan dibawa ke Malaysia dengan iming-iming pekerjaan bergaji tinggi. Dua calo yang menyertai mereka ditangkap.',
  ],
  [
    'ru',
    'На границе остановили семь женщин',
    'Пограничники задержали семь женщин, которых везли в Турцию с обещаниями работы. Двое посредников, сопровождавших их, арестованы.',
  ],
  [
    'de',
    'Sieben Frauen an der Grenze gestoppt',
    'Grenzbeamte haben sieben Frauen gestoppt, die mit Versprechungen auf Arbeit nach Deutschland gebracht werden sollten. Zwei Vermittler, die mit ihnen reisten, wurden festgenommen.',
  ],
  [
    'pt',
    'Sete mulheres intercetadas na fronteira',
    'Agentes da fronteira intercetaram sete mulheres que estavam a ser levadas para Espanha com promessas de emprego. Dois intermediários que viajavam com elas foram detidos.',
  ],
];

const COURIERS: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Drug couriers stopped',
    'Border guards stopped seven women carrying cocaine in their luggage at the airport. They were arrested for drug smuggling.',
  ],
  [
    'de',
    'Drogenkurierinnen gestoppt',
    'Grenzbeamte haben am Flughafen sieben Frauen gestoppt, die Kokain in ihrem Gepäck schmuggelten. Sie wurden wegen Drogenschmuggels festgenommen.',
  ],
  [
    'pt',
    'Correios de droga intercetados',
    'Agentes da fronteira intercetaram sete mulheres que transportavam cocaína na bagagem no aeroporto. Foram detidas por tráfico de droga.',
  ],
  [
    'ru',
    'Остановили наркокурьеров',
    'Пограничники остановили семь женщин, которые везли кокаин в багаже. Их задержали за контрабанду наркотиков.',
  ],
];

describe('women intercepted at a border on their way to promised jobs, told in eight languages', () => {
  for (const [lang, title, text] of INTERCEPTED) {
    it(`${lang}: relevant, seven victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, 7);
    });
  }
});

describe('drug couriers stopped at a border are not trafficking victims', () => {
  for (const [lang, title, text] of COURIERS) {
    it(`${lang}: ${title}`, async () => {
      assert.equal((await analyze(title, text)).relevant, false);
    });
  }
});
