import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Two cases composed by us (fictional; no third-party text), each told in twelve languages: fishermen held in debt
// bondage on trawlers (forced labour, 23 victims, Myanmar), and migrants smuggled in a lorry with no exploitation told
// (not trafficking: a hard negative).
const FISHERMEN: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Fishermen held in debt bondage freed',
    'Authorities freed 23 fishermen from Myanmar who were held in debt bondage on trawlers, working 20 hours a day without pay. The boat owner was arrested for forced labour.',
  ],
  [
    'es',
    'Liberados 23 pescadores en servidumbre por deudas',
    'Las autoridades liberaron a 23 pescadores de Myanmar retenidos en servidumbre por deudas en barcos de arrastre, trabajando 20 horas al día sin paga. El armador fue detenido por trabajo forzoso.',
  ],
  [
    'pt',
    'Libertados 23 pescadores em servidão por dívida',
    'As autoridades libertaram 23 pescadores de Mianmar mantidos em servidão por dívida em traineiras, trabalhando 20 horas por dia sem pagamento. O armador foi preso por trabalho forçado.',
  ],
  [
    'fr',
    '23 pêcheurs libérés de la servitude pour dettes',
    "Les autorités ont libéré 23 pêcheurs birmans retenus en servitude pour dettes sur des chalutiers, travaillant 20 heures par jour sans salaire. L'armateur a été arrêté pour travail forcé.",
  ],
  [
    'it',
    'Liberati 23 pescatori in schiavitù per debiti',
    "Le autorità hanno liberato 23 pescatori birmani tenuti in schiavitù per debiti su pescherecci, costretti a lavorare 20 ore al giorno senza paga. L'armatore è stato arrestato per lavoro forzato.",
  ],
  [
    'de',
    '23 Fischer aus Schuldknechtschaft befreit',
    'Die Behörden haben 23 Fischer aus Myanmar befreit, die auf Trawlern in Schuldknechtschaft gehalten wurden und 20 Stunden am Tag ohne Lohn arbeiten mussten. Der Reeder wurde wegen Zwangsarbeit festgenommen.',
  ],
  [
    'id',
    '23 nelayan korban jeratan utang dibebaskan',
    'Pihak berwenang membebaskan 23 nelayan asal Myanmar yang terjerat utang di kapal pukat dan dipaksa bekerja 20 jam sehari tanpa upah. Pemilik kapal ditangkap atas dugaan kerja paksa.',
  ],
  [
    'th',
    'ช่วยเหลือลูกเรือประมงชาวเมียนมา 23 คน',
    'เจ้าหน้าที่ช่วยเหลือลูกเรือประมงชาวเมียนมา 23 คน ที่ถูกบังคับใช้แรงงานขัดหนี้บนเรืออวนลาก ทำงานวันละ 20 ชั่วโมงโดยไม่ได้รับค่าจ้าง เจ้าของเรือถูกจับกุมในข้อหาบังคับใช้แรงงาน',
  ],
  [
    'vi',
    'Giải cứu 23 ngư dân bị cưỡng bức lao động',
    'Nhà chức trách đã giải cứu 23 ngư dân Myanmar bị giam giữ vì nợ trên các tàu lưới kéo, phải làm việc 20 giờ mỗi ngày mà không được trả lương. Chủ tàu bị bắt vì tội cưỡng bức lao động.',
  ],
  [
    'tl',
    '23 mangingisda, nasagip mula sa sapilitang paggawa',
    'Nasagip ng mga awtoridad ang 23 mangingisdang taga-Myanmar na pinagtrabaho nang 20 oras bawat araw nang walang sahod dahil sa utang sa mga bangkang pangisda. Inaresto ang may-ari ng bangka dahil sa sapilitang paggawa.',
  ],
  [
    'ru',
    'Освобождены 23 рыбака из долгового рабства',
    'Власти освободили 23 рыбаков из Мьянмы, которых держали в долговом рабстве на траулерах и заставляли работать по 20 часов в день без оплаты. Владелец судна задержан за принудительный труд.',
  ],
  [
    'ko',
    '미얀마 어선원 23명 구출',
    '당국은 트롤 어선에서 빚에 묶여 하루 20시간씩 임금 없이 일하던 미얀마 어선원 23명을 구출했다. 선주는 강제노동 혐의로 체포됐다.',
  ],
];
const SMUGGLED: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Smugglers arrested after migrants found in lorry',
    'Police arrested two people smugglers after 30 migrants were found hidden in a lorry at the border. The migrants had each paid 5,000 euros to be taken to Germany.',
  ],
  [
    'es',
    'Detenidos dos traficantes de migrantes',
    'La Guardia Civil detuvo a dos personas por favorecer la inmigración irregular tras hallar a 30 migrantes ocultos en un camión en la frontera. Cada uno había pagado 5.000 euros por el viaje.',
  ],
  [
    'fr',
    'Deux passeurs arrêtés après la découverte de migrants dans un camion',
    'Les gendarmes ont arrêté deux passeurs après avoir découvert 30 migrants cachés dans un camion à la frontière. Chacun avait payé 5 000 euros pour le passage.',
  ],
  [
    'it',
    'Arrestati due scafisti',
    'La polizia ha arrestato due scafisti dopo lo sbarco di 30 migranti a Lampedusa. Ognuno aveva pagato 5.000 euro per la traversata.',
  ],
  [
    'de',
    'Zwei Schleuser festgenommen',
    'Die Bundespolizei hat zwei Schleuser festgenommen, nachdem 30 Migranten in einem Lkw an der Grenze entdeckt wurden. Jeder hatte 5.000 Euro für die Fahrt bezahlt.',
  ],
  [
    'pl',
    'Zatrzymano dwóch przemytników ludzi',
    'Straż Graniczna zatrzymała dwóch przemytników po odnalezieniu 30 migrantów ukrytych w ciężarówce na granicy. Każdy zapłacił 5 tysięcy euro za przejazd.',
  ],
  [
    'el',
    'Συνελήφθησαν δύο διακινητές μεταναστών',
    'Το Λιμενικό συνέλαβε δύο διακινητές μετά τον εντοπισμό 30 μεταναστών σε φορτηγό στα σύνορα. Ο καθένας είχε πληρώσει 5.000 ευρώ για το ταξίδι.',
  ],
  [
    'tr',
    'İki göçmen kaçakçısı yakalandı',
    'Jandarma, sınırda bir kamyonda saklanan 30 düzensiz göçmeni yakaladı ve iki göçmen kaçakçısını gözaltına aldı. Göçmenlerin her biri yolculuk için 5 bin euro ödemişti.',
  ],
  [
    'ro',
    'Doi călăuze reținuți la frontieră',
    'Polițiștii de frontieră au reținut doi călăuze după ce au descoperit 30 de migranți ascunși într-un camion. Fiecare plătise 5.000 de euro pentru a ajunge în Germania.',
  ],
  [
    'bg',
    'Задържаха двама трафиканти на мигранти',
    'Гранична полиция задържа двама каналджии, след като откри 30 мигранти, скрити в камион на границата. Всеки бил платил по 5000 евро за превоза.',
  ],
  [
    'nl',
    'Twee mensensmokkelaars opgepakt',
    'De Koninklijke Marechaussee heeft twee mensensmokkelaars aangehouden nadat 30 migranten verstopt in een vrachtwagen waren aangetroffen. Elk had 5000 euro betaald voor de overtocht.',
  ],
  [
    'hu',
    'Két embercsempészt fogtak el',
    'A rendőrség két embercsempészt fogott el, miután 30 migránst találtak egy kamionban a határon. Mindegyikük 5000 eurót fizetett az útért.',
  ],
];

describe('fishermen in debt bondage, told in twelve languages', () => {
  for (const [lang, title, text] of FISHERMEN) {
    it(`${lang}: labour, 23 victims, MM`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['labour']);
      assert.equal(r.victims, 23);
      assert.deepEqual(r.countries, ['MM']);
    });
  }
});

describe('migrants smuggled with no exploitation told, in twelve languages: not trafficking', () => {
  for (const [lang, title, text] of SMUGGLED) {
    it(`${lang}: not relevant`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, false);
    });
  }
});
