import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Short news items composed by us (fictional; no third-party text) in the form the press of each language writes
// them: a Turkish operation headline, Greek "εκμεταλλευόταν σεξουαλικά" and "εξέδιδε" (pimped), Indonesian
// prospective migrant workers stopped, a Vietnamese rescue with a part under 16, Russian pimps with two minors, a
// Spanish and a Portuguese rescue with a part of minors. Each gives the case's count and whether minors are among them.
const CASES: [lang: string, title: string, text: string, victims: number, minors: boolean | null][] = [
  [
    'tr',
    'İnsan ticareti operasyonu: 12 gözaltı',
    "Antalya'da düzenlenen insan ticareti operasyonunda 12 şüpheli gözaltına alındı, fuhuşa zorlanan 8 yabancı uyruklu kadın kurtarıldı.",
    8,
    false,
  ],
  [
    'tr',
    'Dilendirilen çocuklar kurtarıldı',
    "İstanbul'da dilendirilen 6 çocuk zabıta ekiplerince kurtarıldı. Çocukları dilendiren 2 kişi gözaltına alındı.",
    6,
    true,
  ],
  [
    'el',
    'Εξαρθρώθηκε κύκλωμα',
    'Εξαρθρώθηκε εγκληματική οργάνωση που εκμεταλλευόταν σεξουαλικά γυναίκες στην Αθήνα. Συνελήφθησαν 5 άτομα, ενώ ταυτοποιήθηκαν 9 γυναίκες-θύματα.',
    9,
    false,
  ],
  [
    'el',
    'Ανήλικες θύματα',
    'Συνελήφθη 45χρονος που εξέδιδε δύο ανήλικες, ηλικίας 15 και 16 ετών, σε διαμέρισμα στη Θεσσαλονίκη.',
    2,
    true,
  ],
  [
    'id',
    'Polisi gagalkan pengiriman PMI ilegal',
    'Polisi menggagalkan pengiriman 23 calon pekerja migran Indonesia ilegal ke Malaysia di Pelabuhan Dumai. Dua orang perekrut ditetapkan sebagai tersangka tindak pidana perdagangan orang.',
    23,
    null,
  ],
  [
    'id',
    'Anak di bawah umur dijual',
    'Polres Bogor menangkap seorang muncikari yang menjual tiga anak di bawah umur kepada pria hidung belang melalui aplikasi pesan.',
    3,
    true,
  ],
  [
    'vi',
    'Giải cứu 5 cô gái bị bán sang Trung Quốc',
    'Công an tỉnh Lào Cai đã giải cứu 5 cô gái bị lừa bán sang Trung Quốc làm vợ, trong đó có 2 em dưới 16 tuổi.',
    5,
    true,
  ],
  [
    'ru',
    'Сутенеры задержаны',
    'В Новосибирске задержаны трое сутенеров, которые принуждали к проституции семь девушек, в том числе двух несовершеннолетних.',
    7,
    true,
  ],
  [
    'es',
    'Liberadas 9 mujeres',
    'Agentes de la Policía Nacional han liberado a nueve mujeres, dos de ellas menores de edad, que eran obligadas a prostituirse en un club de Jaén.',
    9,
    true,
  ],
  [
    'pt',
    'Resgatados trabalhadores',
    'Uma operação resgatou 32 trabalhadores em condições análogas à escravidão numa fazenda de café em Minas Gerais, entre eles três adolescentes.',
    32,
    true,
  ],
];

describe('short case reports in the press style of eight languages', () => {
  for (const [lang, title, text, victims, minors] of CASES) {
    it(`${lang}: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.equal(r.victims, victims);
      if (minors !== null) assert.equal(r.minors, minors);
    });
  }
});
