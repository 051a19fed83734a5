import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us and told in twelve languages (fictional; no third-party text): forty Indonesians lured with
// fake job offers and forced to work in an online scam compound in Cambodia are rescued. Each language must read forced
// criminality, forty victims, and both countries.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Forty Indonesians rescued from scam compound',
    'Police rescued forty Indonesians who had been forced to work in an online scam compound in Cambodia after being lured with fake job offers. Their passports had been taken.',
  ],
  [
    'es',
    'Rescatados cuarenta indonesios de un centro de estafas',
    'La policía rescató a cuarenta indonesios obligados a trabajar en un centro de estafas en línea en Camboya, tras ser engañados con falsas ofertas de empleo. Les habían quitado los pasaportes.',
  ],
  [
    'pt',
    'Resgatados quarenta indonésios de centro de golpes',
    'A polícia resgatou quarenta indonésios obrigados a trabalhar num centro de golpes online no Camboja, depois de serem enganados com falsas ofertas de emprego. Os passaportes tinham sido retidos.',
  ],
  [
    'fr',
    "Quarante Indonésiens libérés d'un centre d'escroquerie",
    "La police a libéré quarante Indonésiens forcés de travailler dans un centre d'escroquerie en ligne au Cambodge, après avoir été attirés par de fausses offres d'emploi. Leurs passeports avaient été confisqués.",
  ],
  [
    'it',
    'Liberati quaranta indonesiani da un centro di truffe',
    'La polizia ha liberato quaranta indonesiani costretti a lavorare in un centro di truffe online in Cambogia, dopo essere stati attirati con false offerte di lavoro. I passaporti erano stati sequestrati.',
  ],
  [
    'de',
    'Vierzig Indonesier aus Betrugszentrum befreit',
    'Die Polizei hat vierzig Indonesier befreit, die in Kambodscha in einem Zentrum für Online-Betrug arbeiten mussten, nachdem sie mit falschen Jobangeboten gelockt worden waren. Ihre Pässe waren ihnen abgenommen worden.',
  ],
  [
    'id',
    'Empat puluh WNI diselamatkan dari sindikat penipuan daring',
    'Polisi menyelamatkan empat puluh warga negara Indonesia yang dipaksa bekerja di pusat penipuan daring di Kamboja setelah tergiur tawaran kerja palsu. Paspor mereka ditahan.',
  ],
  [
    'vi',
    'Giải cứu bốn mươi người Indonesia khỏi trung tâm lừa đảo',
    'Công an đã giải cứu bốn mươi người Indonesia bị ép làm việc trong một trung tâm lừa đảo trực tuyến ở Campuchia sau khi bị dụ dỗ bằng lời mời làm việc giả. Hộ chiếu của họ đã bị giữ.',
  ],
  [
    'ru',
    'Сорок индонезийцев освобождены из колл-центра мошенников',
    'Полиция освободила сорок индонезийцев, которых заставляли работать в центре онлайн-мошенничества в Камбодже после того, как их заманили ложными предложениями работы. У них отобрали паспорта.',
  ],
  [
    'pl',
    'Czterdziestu Indonezyjczyków uwolnionych z centrum oszustw',
    'Policja uwolniła czterdziestu Indonezyjczyków zmuszanych do pracy w centrum oszustw internetowych w Kambodży, zwabionych fałszywymi ofertami pracy. Odebrano im paszporty.',
  ],
  [
    'tl',
    'Apatnapung Indonesian nasagip mula sa scam hub',
    'Nasagip ng pulisya ang apatnapung Indonesian na pinilit magtrabaho sa isang online scam hub sa Cambodia matapos maakit ng pekeng alok na trabaho. Kinuha ang kanilang mga pasaporte.',
  ],
  [
    'th',
    'ช่วยเหลือชาวอินโดนีเซีย 40 คนจากแก๊งคอลเซ็นเตอร์',
    'ตำรวจช่วยเหลือชาวอินโดนีเซีย 40 คน ที่ถูกบังคับให้ทำงานในแก๊งหลอกลวงออนไลน์ในกัมพูชา หลังถูกหลอกด้วยข้อเสนองานปลอม หนังสือเดินทางของพวกเขาถูกยึด',
  ],
];

describe('one scam-compound case, told in twelve languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: forced criminality, 40 victims, ID and KH`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.ok(r.types.includes('forced_criminality'), r.types.join());
      assert.equal(r.victims, 40);
      assert.deepEqual([...r.countries].sort(), ['ID', 'KH']);
    });
  }
});
