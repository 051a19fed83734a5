import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { type LanguageDetector, loadLanguageDetector } from '../../../src/analyze/language/detect.ts';
import { analyze } from './helpers.ts';

// Hungarian and Czech cases composed by us (fictional people, places of our own choosing); no third-party text.

describe('Hungarian (hu.json)', () => {
  it('reads a sexual exploitation rescue with a count in words: sexual, 11 victims, adults, Germany', async () => {
    const r = await analyze(
      'Tizenegy nőt szabadítottak ki egy bordélyházból',
      'A rendőrség tizenegy nőt szabadított ki egy németországi bordélyházból, ahová jól fizető munka ígéretével ' +
        'csalták ki őket Németországba. A nőket prostitúcióra kényszerítették, és elvették a keresetüket. Három ' +
        'gyanúsítottat emberkereskedelem gyanújával vettek őrizetbe.',
    );
    assert.equal(r.language, 'hu');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.victims, 11);
    assert.equal(r.minors, false);
    assert.ok(r.countries.includes('DE'), r.countries.join());
  });

  it('reads forced labour told without the word for trafficking: men kept on a farm, no pay, papers taken', async () => {
    const r = await analyze(
      'Hat hajléktalan férfit dolgoztattak ingyen egy tanyán',
      'Egy házaspár hónapokig fizetés nélkül dolgoztatott hat hajléktalan férfit a tanyáján. A férfiaknak napi 14 ' +
        'órát kellett dolgozniuk, a gazdák elvették az irataikat, és megverték azt, aki el akart menni. A rendőrök ' +
        'kiszabadították a férfiakat, a házaspárt őrizetbe vették.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['labour']);
    assert.equal(r.victims, 6);
    assert.equal(r.minors, false);
  });

  it('reads a minors case: two 15-year-old girls from a children’s home', async () => {
    const r = await analyze(
      'Kiskorú lányokat futtatott egy férfi',
      'Letartóztattak egy 34 éves férfit, aki két 15 éves lányt kényszerített prostitúcióra. A kiskorú lányok egy ' +
        'gyermekotthonból szöktek meg, a férfi szállást ígért nekik.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.victims, 2);
    assert.equal(r.minors, true);
  });

  it('keeps the subject before a count apart from it: the suspects are not the victims', async () => {
    const r = await analyze(
      'Hét gyanúsítottat vettek őrizetbe emberkereskedelem miatt',
      'A rendőrök hét gyanúsítottat vettek őrizetbe emberkereskedelem gyanújával. A gyanúsítottak hat fiatal nőt ' +
        'kényszerítettek prostitúcióra Németországban.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 6);
  });

  it('does not read a count of suspects as victims', async () => {
    const r = await analyze(
      'Nyolc embert tartóztattak le emberkereskedelem miatt',
      'Nyolc embert tartóztattak le emberkereskedelem gyanújával egy összehangolt akcióban. A nyomozók szerint a ' +
        'bűnszervezet áldozatait még nem azonosították.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, null);
  });

  it('reads a prison term ("12 éves fegyházbüntetés") as no age', async () => {
    const r = await analyze(
      'Tizenkét év fegyházat kapott a futtató',
      'A törvényszék a férfit 12 éves fegyházbüntetésre ítélte, mert három nőt kényszerített prostitúcióra.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.minors, false);
  });

  it('names forced begging ("koldultattak")', async () => {
    const r = await analyze(
      'Gyerekeket koldultattak a városban',
      'Egy család négy gyermeket koldultatott a belváros utcáin. A gyerekeket a rendőrök kiszabadították, a ' +
        'szülőket őrizetbe vették.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.equal(r.victims, 4);
    assert.equal(r.minors, true);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'Kábítószer-kereskedelem miatt vettek őrizetbe öt embert',
      'A rendőrség öt embert vett őrizetbe kábítószer-kereskedelem gyanújával. A házkutatások során két kilogramm ' +
        'kokaint és marihuánát foglaltak le.',
    ],
    [
      'Embercsempészt fogtak a határon',
      'A határvadászok egy kisbuszban 23 migránst találtak, köztük nőket és gyerekeket. A sofőrt embercsempészés ' +
        'gyanújával őrizetbe vették.',
    ],
    [
      'Torlódás az autópályán',
      'Egy baleset miatt hosszú torlódás alakult ki az autópályán. A közlekedés lassú, a rendőrség ' +
        'forgalomkorlátozást vezetett be.',
    ],
    [
      'Nőtt a kiskereskedelmi forgalom',
      'A statisztikai hivatal szerint a kiskereskedelem forgalma három százalékkal nőtt, a külkereskedelmi mérleg ' +
        'többlete is emelkedett.',
    ],
    [
      'Emlékezés a málenkij robot áldozataira',
      'A faluból elhurcolt embereket kényszermunkatáborokban dolgoztatták. A málenkij robot áldozataira emlékeztek ' +
        'vasárnap a templomban.',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'hu');
      assert.equal(r.relevant, false, JSON.stringify(r.evidence));
    });
  }
});

describe('Czech (cs.json)', () => {
  it('reads an age glued to its number ("16letou dívku"): one minor victim', async () => {
    const r = await analyze(
      'Policie zachránila 16letou dívku',
      'Policie v Brně zachránila 16letou dívku, kterou muž nutil k prostituci. Muže zadrželi kvůli obchodování s lidmi.',
    );
    assert.equal(r.minors, true);
    assert.equal(r.victims, 1);
  });

  it('reads workers lured abroad, held and unpaid, told with a smuggling word: relevant, labour', async () => {
    const r = await analyze(
      'Parta lákala krajany do Německa za výdělkem',
      'Soud v Drážďanech projednává případ pašerácké skupiny, která měla lákat nezaměstnané lidi z Ostravska za ' +
        'lepším výdělkem. Oběti byly drženy v domě na okraji města a pracovaly v myčce na auta. Za svou práci ' +
        'nedostaly peníze a jeden z mužů přespával v garáži.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['labour']);
  });

  it('reads a sexual exploitation rescue with a count: sexual, 14 victims, adults, Germany', async () => {
    const r = await analyze(
      'Policie osvobodila 14 žen nucených k prostituci',
      'Kriminalisté osvobodili čtrnáct žen, které gang nutil k prostituci v nočních klubech u hranic. Ženy ' +
        'přilákal slib dobře placené práce v Německu. Policisté zadrželi pět podezřelých, obviněni jsou z ' +
        'obchodování s lidmi.',
    );
    assert.equal(r.language, 'cs');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.victims, 14);
    assert.equal(r.minors, false);
    assert.ok(r.countries.includes('DE'), r.countries.join());
  });

  it('reads forced labour told without the word for trafficking: unpaid workers, passports taken', async () => {
    const r = await analyze(
      'Dělníci pracovali bez mzdy a bez dokladů',
      'Inspektoři práce našli na stavbě dvacet tři dělníků z Ukrajiny, kteří půl roku pracovali bez mzdy. ' +
        'Zaměstnavatel jim odebral cestovní pasy a vyhrožoval jim. Muži spali v přeplněné ubytovně a museli pracovat ' +
        'dvanáct hodin denně.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['labour']);
    assert.equal(r.victims, 23);
    assert.equal(r.minors, false);
    assert.ok(r.countries.includes('UA'), r.countries.join());
  });

  it('reads a minors case: a fifteen-year-old forced into prostitution, prison term not an age', async () => {
    const r = await analyze(
      'Muž nutil nezletilou dívku k prostituci',
      'Policisté zadrželi muže, který nutil patnáctiletou dívku k prostituci. Nezletilá byla umístěna do dětského ' +
        'domova. Muži hrozí až deset let vězení.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.minors, true);
  });

  it('does not read a count of suspects as victims', async () => {
    const r = await analyze(
      'Policie obvinila pět mužů z obchodu s lidmi',
      'Policisté obvinili pět mužů z obchodování s lidmi. Oběti zatím vyšetřovatelé hledají.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, null);
  });

  it('counts the victims, not the suspects, when both are told ("zadrželi sedm lidí … čtyři ženy")', async () => {
    const r = await analyze(
      'Policie zadržela sedm lidí kvůli obchodu s lidmi',
      'Policisté zadrželi sedm lidí podezřelých z obchodování s lidmi. Skupina podle vyšetřovatelů nutila čtyři ženy ' +
        'z Rumunska k prostituci.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 4);
    assert.ok(r.countries.includes('RO'), r.countries.join());
  });

  it('reads a prison term ("osm let vězení") as no age', async () => {
    const r = await analyze(
      'Kuplíř dostal osm let',
      'Soud poslal muže na osm let do vězení za to, že nutil tři ženy k prostituci. Muž dostal 8 let nepodmíněně.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.minors, false);
  });

  it('names forced begging ("nutila šest dětí žebrat")', async () => {
    const r = await analyze(
      'Děti musely žebrat v ulicích',
      'Policie odhalila skupinu, která nutila šest dětí žebrat v ulicích města. Děti byly umístěny do péče ' +
        'sociálních pracovníků.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.equal(r.victims, 6);
    assert.equal(r.minors, true);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'Celníci zadrželi pervitin',
      'Celníci zadrželi tři muže podezřelé z obchodování s drogami. Při domovních prohlídkách našli dva kilogramy ' +
        'pervitinu a marihuanu.',
    ],
    [
      'Převaděči vezli v kamionu 40 migrantů',
      'Policisté na dálnici zastavili kamion, ve kterém bylo ukryto čtyřicet migrantů, mezi nimi ženy a děti. ' +
        'Řidiče zadrželi pro převaděčství.',
    ],
    [
      'Na dálnici se tvoří kolona',
      'Kvůli dopravní nehodě se na dálnici tvoří kolona. Doprava je svedena do jednoho pruhu, řidiči musí počítat ' +
        'se zdržením.',
    ],
    [
      'V obchodě pracovaly tři ženy',
      'Nový obchod s potravinami v centru města zaměstnává tři ženy a dva muže. Obchod je otevřen i o víkendu.',
    ],
    [
      'Obchodování na burze skončilo růstem',
      'Obchodování na burze dnes skončilo růstem. Akcie energetických firem posílily o dvě procenta a obchodníci ' +
        's akciemi čekají další růst.',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'cs');
      assert.equal(r.relevant, false, JSON.stringify(r.evidence));
    });
  }
});

describe('language detection on short Hungarian and Czech titles', () => {
  let detect: LanguageDetector;
  before(async () => {
    detect = await loadLanguageDetector();
  });
  const TITLES: [string, string][] = [
    ['hu', 'Emberkereskedők ellen emeltek vádat'],
    ['hu', 'Kiszabadították a kényszermunkára fogott férfiakat'],
    ['cs', 'Policie zadržela obchodníky s lidmi'],
    ['cs', 'Dělníci byli nuceni pracovat bez mzdy'],
  ];
  for (const [lang, title] of TITLES) {
    it(`detects ${lang} from "${title}"`, () => assert.equal(detect(title), lang));
  }
});
