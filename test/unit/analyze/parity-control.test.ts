import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in sixteen languages: police find nine men working at
// a car wash; their employer took their passports and says each owes him for the journey. No word for trafficking or
// for force: two signs of control (passports taken, a debt for the journey) in a story about work say forced labour.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Nine workers found at a car wash',
    'Police found nine men working at a car wash in Derby. Their passports had been taken by their employer and they were told they owed him 3,000 pounds each for their journey. Two men were arrested.',
  ],
  [
    'es',
    'Nueve trabajadores en un lavadero',
    'La policía encontró a nueve hombres trabajando en un lavadero de coches de Murcia. Su empleador les había quitado los pasaportes y les decía que le debían 3.000 euros cada uno por el viaje. Dos hombres fueron detenidos.',
  ],
  [
    'pt',
    'Nove trabalhadores numa lavagem de carros',
    'A polícia encontrou nove homens a trabalhar numa lavagem de carros em Leiria. O patrão tinha-lhes retirado os passaportes e dizia que lhe deviam 3.000 euros cada um pela viagem. Dois homens foram detidos.',
  ],
  [
    'fr',
    'Neuf ouvriers dans une station de lavage',
    "La police a trouvé neuf hommes travaillant dans une station de lavage à Metz. Leur employeur leur avait confisqué leurs passeports et leur disait qu'ils lui devaient 3 000 euros chacun pour le voyage. Deux hommes ont été interpellés.",
  ],
  [
    'it',
    'Nove operai in un autolavaggio',
    'La polizia ha trovato nove uomini che lavoravano in un autolavaggio di Brescia. Il datore di lavoro aveva sequestrato loro i passaporti e diceva che gli dovevano 3.000 euro ciascuno per il viaggio. Due uomini sono stati arrestati.',
  ],
  [
    'de',
    'Neun Arbeiter in einer Waschanlage',
    'Die Polizei fand neun Männer, die in einer Autowaschanlage in Kassel arbeiteten. Ihr Arbeitgeber hatte ihnen die Pässe abgenommen und behauptete, sie schuldeten ihm je 3.000 Euro für die Reise. Zwei Männer wurden festgenommen.',
  ],
  [
    'nl',
    'Negen arbeiders in een wasstraat',
    'De politie trof negen mannen aan die in een wasstraat in Tilburg werkten. Hun werkgever had hun paspoorten afgenomen en zei dat ze hem elk 3.000 euro schuldig waren voor de reis. Twee mannen zijn aangehouden.',
  ],
  [
    'ro',
    'Nouă muncitori la o spălătorie auto',
    'Poliția a găsit nouă bărbați care lucrau la o spălătorie auto din Cluj. Angajatorul le luase pașapoartele și le spunea că îi datorează fiecare 3.000 de euro pentru călătorie. Doi bărbați au fost reținuți.',
  ],
  [
    'pl',
    'Dziewięciu pracowników myjni',
    'Policja znalazła dziewięciu mężczyzn pracujących w myjni samochodowej w Łodzi. Pracodawca odebrał im paszporty i mówił, że każdy jest mu winien 3000 euro za podróż. Zatrzymano dwóch mężczyzn.',
  ],
  [
    'ru',
    'Девять рабочих на автомойке',
    'Полиция обнаружила девять мужчин, работавших на автомойке в Твери. Работодатель отобрал у них паспорта и говорил, что каждый должен ему 3000 евро за дорогу. Задержаны двое мужчин.',
  ],
  [
    'cs',
    'Devět dělníků v myčce',
    'Policie našla devět mužů, kteří pracovali v myčce aut v Plzni. Zaměstnavatel jim vzal pasy a tvrdil, že mu každý dluží 3000 eur za cestu. Dva muži byli zadrženi.',
  ],
  [
    'el',
    'Εννέα εργάτες σε πλυντήριο αυτοκινήτων',
    'Η αστυνομία βρήκε εννέα άνδρες που εργάζονταν σε πλυντήριο αυτοκινήτων στην Πάτρα. Ο εργοδότης τούς είχε αφαιρέσει τα διαβατήρια και τους έλεγε ότι του χρωστούσαν 3.000 ευρώ ο καθένας για το ταξίδι. Συνελήφθησαν δύο άνδρες.',
  ],
  [
    'tr',
    'Oto yıkamada dokuz işçi',
    "Polis, Bursa'daki bir oto yıkamada çalışan dokuz erkek buldu. İşverenleri pasaportlarına el koymuş ve her birinin yolculuk için kendisine 3.000 euro borçlu olduğunu söylüyordu. İki erkek gözaltına alındı.",
  ],
  [
    'id',
    'Sembilan pekerja di tempat cuci mobil',
    'Polisi menemukan sembilan pria yang bekerja di tempat cuci mobil di Batam. Majikan mereka menahan paspor mereka dan mengatakan masing-masing berutang 30 juta rupiah untuk perjalanan. Dua pria ditangkap.',
  ],
  [
    'vi',
    'Chín công nhân ở tiệm rửa xe',
    'Cảnh sát phát hiện chín người đàn ông làm việc tại một tiệm rửa xe ở Đài Bắc. Chủ đã giữ hộ chiếu của họ và nói rằng mỗi người nợ ông ta 3.000 USD tiền đi đường. Hai người đàn ông bị bắt.',
  ],
  [
    'hu',
    'Kilenc munkás egy autómosóban',
    'A rendőrség kilenc férfit talált, akik egy győri autómosóban dolgoztak. A munkáltatójuk elvette az útleveleiket, és azt mondta, mindegyikük 3000 euróval tartozik neki az útért. Két férfit őrizetbe vettek.',
  ],
];

describe('passports taken and a debt for the journey, told in sixteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, labour, nine victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['labour']);
      assert.equal(r.victims, 9);
    });
  }
});
