import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text): a coast guard frees 32 fishermen held on a fishing boat,
// unpaid for eight months. No word for trafficking: held on board and unpaid are two signs of control in a story
// about fishing work. Serbian and Swedish still read it as not relevant (one sign each). Strikes over unpaid wages,
// with protesters held by police, are no such case.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Police free 32 Indonesian crew from fishing boat in Busan',
    'South Korean coast guard on 12 March 2025 freed thirty-two Indonesian fishermen held on a fishing vessel in Busan. The crew said they had not been paid for eight months. The captain, 51, and two officers were arrested.',
  ],
  [
    'id',
    'Polisi bebaskan 32 ABK Indonesia dari kapal ikan di Busan',
    'Penjaga pantai Korea Selatan pada 12 Maret 2025 membebaskan tiga puluh dua nelayan Indonesia yang ditahan di sebuah kapal ikan di Busan. Para awak mengaku tidak digaji selama delapan bulan. Kapten kapal berusia 51 tahun dan dua perwira ditangkap.',
  ],
  [
    'pl',
    'Uwolniono 32 indonezyjskich rybaków w Pusan',
    'Straż przybrzeżna Korei Południowej 12 marca 2025 roku uwolniła trzydziestu dwóch indonezyjskich rybaków przetrzymywanych na statku rybackim w Pusan. Załoga twierdzi, że nie otrzymywała wynagrodzenia przez osiem miesięcy. Zatrzymano 51-letniego kapitana i dwóch oficerów.',
  ],
  [
    'de',
    '32 indonesische Fischer in Busan befreit',
    'Die südkoreanische Küstenwache hat am 12. März 2025 zweiunddreißig indonesische Fischer befreit, die auf einem Fischerboot in Busan festgehalten wurden. Die Besatzung sagte, sie sei acht Monate lang nicht bezahlt worden. Der 51-jährige Kapitän und zwei Offiziere wurden festgenommen.',
  ],
  [
    'sw',
    'Wavuvi 32 wa Indonesia waokolewa Busan',
    'Walinzi wa pwani wa Korea Kusini tarehe 12 Machi 2025 waliwaokoa wavuvi thelathini na wawili wa Indonesia waliokuwa wakishikiliwa kwenye meli ya uvuvi huko Busan. Wafanyakazi hao walisema hawakulipwa kwa miezi minane. Nahodha mwenye umri wa miaka 51 na maafisa wawili walikamatwa.',
  ],
  [
    'nl',
    '32 Indonesische vissers bevrijd in Busan',
    'De Zuid-Koreaanse kustwacht heeft op 12 maart 2025 tweeëndertig Indonesische vissers bevrijd die op een vissersboot in Busan werden vastgehouden. De bemanning zei dat ze acht maanden niet was betaald. De 51-jarige kapitein en twee officieren zijn aangehouden.',
  ],
  [
    'hu',
    '32 indonéz halászt szabadítottak ki Puszanban',
    'A dél-koreai parti őrség 2025. március 12-én kiszabadított harminckét indonéz halászt, akiket egy halászhajón tartottak fogva Puszanban. A legénység szerint nyolc hónapja nem kaptak fizetést. Letartóztatták az 51 éves kapitányt és két tisztet.',
  ],
  [
    'el',
    'Απελευθερώθηκαν 32 Ινδονήσιοι ψαράδες στο Πουσάν',
    'Η ακτοφυλακή της Νότιας Κορέας απελευθέρωσε στις 12 Μαρτίου 2025 τριάντα δύο Ινδονήσιους ψαράδες που κρατούνταν σε αλιευτικό σκάφος στο Πουσάν. Το πλήρωμα είπε ότι δεν είχε πληρωθεί για οκτώ μήνες. Συνελήφθησαν ο 51χρονος καπετάνιος και δύο αξιωματικοί.',
  ],
];

const STRIKES: [lang: string, title: string, text: string][] = [
  [
    'de',
    'Fischer streiken in Cuxhaven',
    'Dutzende Fischer haben in Cuxhaven gestreikt, weil sie seit zwei Monaten nicht bezahlt wurden. Die Polizei hat zwei Demonstranten kurzzeitig festgehalten, die eine Straße blockierten.',
  ],
  [
    'nl',
    'Vissers staken in IJmuiden',
    'Tientallen vissers legden in IJmuiden het werk neer omdat ze al twee maanden niet betaald zijn. De politie heeft twee demonstranten korte tijd vastgehouden die een weg blokkeerden.',
  ],
  [
    'el',
    'Απεργία ψαράδων στον Πειραιά',
    'Δεκάδες ψαράδες απήργησαν στον Πειραιά επειδή δεν είχαν πληρωθεί για δύο μήνες. Δύο διαδηλωτές κρατούνταν για λίγες ώρες από την αστυνομία.',
  ],
  [
    'pl',
    'Strajk rybaków w Gdyni',
    'Kilkudziesięciu rybaków strajkowało w Gdyni, ponieważ od dwóch miesięcy nie otrzymywali wynagrodzenia. Policja przez kilka godzin przetrzymywała dwóch demonstrantów.',
  ],
];

describe('fishermen held on a boat and unpaid for months, in eight languages', () => {
  for (const [lang, title, text] of CASES)
    it(`${lang}: relevant, labour`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['labour']);
    });
  for (const [lang, title, text] of STRIKES)
    it(`${lang}: a strike over unpaid wages is not one`, async () => {
      assert.equal((await analyze(title, text)).relevant, false);
    });
});
