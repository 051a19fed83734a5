import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us and told in sixteen languages (fictional; no third-party text): a gang lured poor people with
// job offers and removed their kidneys; four victims identified. Each language must read a relevant case of organ
// removal with four victims.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Kidney trafficking ring busted',
    'Police in Delhi arrested five members of a gang that lured poor men with job offers and removed their kidneys at a private clinic. Four victims were identified.',
  ],
  [
    'es',
    'Desarticulada una red de tráfico de órganos',
    'La policía desarticuló en Lima una banda que engañaba a personas pobres con ofertas de trabajo y les extraía un riñón en una clínica privada. Se identificó a cuatro víctimas.',
  ],
  [
    'pt',
    'Polícia desmantela rede de tráfico de órgãos',
    'A polícia desmantelou em Recife uma quadrilha que enganava pessoas pobres com ofertas de emprego e lhes retirava um rim numa clínica privada. Quatro vítimas foram identificadas.',
  ],
  [
    'fr',
    "Démantèlement d'un réseau de trafic d'organes",
    "La police a démantelé à Casablanca un réseau qui attirait des personnes pauvres avec des offres d'emploi et leur prélevait un rein dans une clinique privée. Quatre victimes ont été identifiées.",
  ],
  [
    'it',
    'Smantellata una rete di traffico di organi',
    'La polizia ha smantellato a Palermo una banda che attirava persone povere con offerte di lavoro e asportava loro un rene in una clinica privata. Sono state identificate quattro vittime.',
  ],
  [
    'de',
    'Organhändlerring zerschlagen',
    'Die Polizei hat in Istanbul eine Bande zerschlagen, die arme Menschen mit Jobangeboten lockte und ihnen in einer Privatklinik eine Niere entnahm. Vier Opfer wurden identifiziert.',
  ],
  [
    'ro',
    'Rețea de trafic de organe destructurată',
    'Poliția a destructurat la Iași o rețea care atrăgea oameni săraci cu oferte de muncă și le extrăgea un rinichi într-o clinică privată. Au fost identificate patru victime.',
  ],
  [
    'pl',
    'Rozbito gang handlarzy organami',
    'Policja rozbiła w Warszawie gang, który zwabiał biednych ludzi ofertami pracy i usuwał im nerkę w prywatnej klinice. Zidentyfikowano cztery ofiary.',
  ],
  [
    'ru',
    'Задержана банда торговцев органами',
    'Полиция задержала в Москве банду, которая заманивала бедных людей предложениями работы и изымала у них почку в частной клинике. Установлены четыре жертвы.',
  ],
  [
    'bg',
    'Разбита група за трафик на органи',
    'Полицията разби в София група, която примамвала бедни хора с оферти за работа и им отнемала бъбрек в частна клиника. Установени са четири жертви.',
  ],
  [
    'el',
    'Εξαρθρώθηκε κύκλωμα εμπορίας οργάνων',
    'Η αστυνομία εξάρθρωσε στην Αθήνα κύκλωμα που παρέσυρε φτωχούς ανθρώπους με προσφορές εργασίας και τους αφαιρούσε ένα νεφρό σε ιδιωτική κλινική. Εντοπίστηκαν τέσσερα θύματα.',
  ],
  [
    'tr',
    'Organ kaçakçılığı çetesi çökertildi',
    "Polis İstanbul'da yoksul insanları iş teklifleriyle kandırıp özel bir klinikte böbreklerini alan bir çeteyi çökertti. Dört mağdur tespit edildi.",
  ],
  [
    'id',
    'Sindikat perdagangan organ dibongkar',
    'Polisi membongkar sindikat di Bandung yang memikat orang miskin dengan tawaran kerja lalu mengambil ginjal mereka di sebuah klinik swasta. Empat korban telah diidentifikasi.',
  ],
  [
    'vi',
    'Triệt phá đường dây mua bán nội tạng',
    'Công an Hà Nội triệt phá đường dây dụ dỗ người nghèo bằng lời mời làm việc rồi lấy thận của họ tại một phòng khám tư. Bốn nạn nhân đã được xác định.',
  ],
  [
    'hu',
    'Szervkereskedő bandát számoltak fel',
    'A rendőrség Budapesten felszámolt egy bandát, amely munkaajánlatokkal csalt el szegény embereket, és egy magánklinikán eltávolította a vesécskéjüket. Négy áldozatot azonosítottak.',
  ],
  [
    'nl',
    'Bende van orgaanhandelaars opgerold',
    'De politie heeft in Rotterdam een bende opgerold die arme mensen met werkaanbiedingen lokte en bij hen in een privékliniek een nier verwijderde. Er zijn vier slachtoffers geïdentificeerd.',
  ],
];

describe('one case of organ removal, told in sixteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, organ removal, four victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['organ_removal']);
      assert.equal(r.victims, 4);
    });
  }
});

describe('kidneys sold through a broker, told without the word "organ"', () => {
  it('"luring poor villagers to sell their kidneys" is organ removal', async () => {
    const r = await analyze(
      'Kidney broker held',
      'Police arrested a broker accused of luring poor villagers to sell their kidneys at a private hospital.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['organ_removal']);
  });
});
