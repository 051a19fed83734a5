import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Romanian and Turkish cases composed by us (fictional people and places of our own); no third-party text.

describe('Romanian (ro.json)', () => {
  it('reads one young woman of a stated age ("o tânără de 16 ani") as one victim, a minor', async () => {
    const r = await analyze(
      'Poliția a salvat o tânără de 16 ani',
      'Poliția din Iași a salvat o tânără de 16 ani obligată să se prostitueze. Un bărbat a fost reținut pentru trafic de persoane.',
    );
    assert.equal(r.victims, 1);
    assert.equal(r.minors, true);
  });

  it('reads a labour case on a farm abroad: relevant, labour, Britain and Romania, 14 victims', async () => {
    const r = await analyze(
      'Muncitori români ținuți drept sclavi într-o fermă din Anglia',
      'Poliția britanică a eliberat 14 muncitori români care erau ținuți drept sclavi într-o fermă din Lincolnshire. ' +
        'Bărbații, recrutați din județul Vaslui cu promisiunea unor salarii bune, lucrau câte 16 ore pe zi fără să fie ' +
        'plătiți. Angajatorii le luaseră pașapoartele și îi amenințau. Doi suspecți au fost arestați.',
    );
    assert.equal(r.language, 'ro');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.ok(r.types.includes('labour'), r.types.join());
    assert.deepEqual([...r.countries].sort(), ['GB', 'RO']);
    assert.equal(r.victims, 14);
    assert.equal(r.minors, false);
  });

  it('reads the cedilla spelling (ş ţ) as the comma one (ș ț): "impunerea muncii forţate"', async () => {
    const r = await analyze(
      'Impunerea muncii forţate: doi fraţi, condamnaţi în Marea Britanie',
      'O instanţă din Marea Britanie i-a condamnat pe doi fraţi pentru exploatare prin muncă. Victimele, nouă ' +
        'bărbaţi din România şi din Republica Moldova, au lucrat într-o spălătorie auto fără plată şi dormeau într-o ' +
        'magazie.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['labour']);
    assert.deepEqual([...r.countries].sort(), ['GB', 'MD', 'RO']);
  });

  it('reads a loverboy case: sexual, a minor, Germany and Romania', async () => {
    const r = await analyze(
      'Tânăr reținut după ce a obligat o minoră să se prostitueze în Germania',
      'Un tânăr de 24 de ani din județul Dolj a fost reținut de procurori după ce a racolat o minoră de 16 ani prin ' +
        'metoda loverboy și a obligat-o să se prostitueze în mai multe orașe din Germania. Suspectul îi lua toți banii ' +
        'câștigați. Victima a fost preluată de un centru de protecție.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.deepEqual([...r.countries].sort(), ['DE', 'RO']);
    assert.equal(r.minors, true);
  });

  it('reads number words with "și" ("douăzeci și trei de copii") and forced begging', async () => {
    const r = await analyze(
      'Copii puși la cerșit de o rețea, salvați de polițiști',
      'Polițiștii au destructurat o rețea care obliga copii să cerșească pe străzile orașului. Douăzeci și trei de ' +
        'copii, cu vârste între 8 și 14 ani, au fost duși într-un centru de plasament. Cinci suspecți au fost arestați.',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('forced_begging'), r.types.join());
    assert.equal(r.victims, 23);
    assert.equal(r.minors, true);
  });

  it('names forced marriage and a child sold by her parents', async () => {
    const r = await analyze(
      'Căsătorie forțată: o fată de 14 ani, vândută de părinți',
      'Părinții unei fete de 14 ani au fost cercetați pentru trafic de minori după ce au vândut-o unei familii care ' +
        'a obligat-o să se mărite cu fiul lor. Minora a fost găsită de polițiști și dusă într-un centru de plasament.',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('forced_marriage'), r.types.join());
    assert.equal(r.minors, true);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'Trafic de droguri: trei tineri arestați',
      'Trei tineri au fost arestați pentru trafic de droguri de mare risc. Anchetatorii au găsit cocaină și cannabis ' +
        'în locuința lor și 4.000 de euro. Persoanele reținute vindeau droguri în cluburi.',
    ],
    [
      'Contrabandă cu țigări la frontieră',
      'Polițiștii de frontieră au confiscat peste 20.000 de pachete de țigări de contrabandă ascunse într-un camion. ' +
        'Doi bărbați au fost reținuți pentru contrabandă.',
    ],
    [
      'Fost primar, trimis în judecată pentru trafic de influență',
      'Procurorii au dispus trimiterea în judecată a unui fost primar acuzat de trafic de influență și luare de mită. ' +
        'Acesta ar fi primit 50.000 de lei pentru a interveni la persoane din conducerea județului.',
    ],
    [
      'Trafic rutier îngreunat pe autostradă',
      'Traficul rutier este îngreunat pe autostradă, unde un camion s-a răsturnat. Zeci de persoane au așteptat ore ' +
        'întregi în coloană, iar polițiștii recomandă rute ocolitoare.',
    ],
    [
      'Călăuze prinse la frontieră cu 12 migranți',
      'Polițiștii de frontieră au depistat 12 migranți ascunși într-un camion. Doi bărbați, bănuiți că sunt călăuze, ' +
        'au fost reținuți pentru trafic de migranți și trecere frauduloasă a frontierei.',
    ],
    [
      'Exploatarea minieră a fost oprită',
      'Proiectul de exploatare minieră a fost oprit, iar zona va fi dată în exploatare turistică. Zeci de oameni au ' +
        'protestat în fața instanței.',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'ro');
      assert.equal(r.relevant, false);
    });
  }
});

describe('Turkish (tr.json)', () => {
  it('reads a gang making children beg ("çocukları dilendiren çete"): forced begging, Türkiye and Syria', async () => {
    const r = await analyze(
      'Çocukları dilendiren çete çökertildi',
      "İstanbul'da çocukları dilendiren bir çeteye yönelik operasyonda 5 şüpheli gözaltına alındı. Suriyeli 8 çocuk " +
        'kurtarıldı. Çocukların günde 12 saat dilendirildiği ve topladıkları paraya el konulduğu belirlendi.',
    );
    assert.equal(r.language, 'tr');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.deepEqual([...r.countries].sort(), ['SY', 'TR']);
    assert.equal(r.victims, 8);
    assert.equal(r.minors, true);
  });

  it('names begging told as "dilenciliğe zorlanan" and "dilendirme"', async () => {
    const r = await analyze(
      'Dilenciliğe zorlanan çocuklar kurtarıldı',
      "Kilis'te dilendirme şebekesine operasyon düzenlendi. Dilenciliğe zorlanan 11 çocuk kurtarıldı, 3 şüpheli " +
        'tutuklandı.',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['forced_begging']);
    assert.deepEqual(r.countries, ['TR']);
  });

  it('hard negative: contraband cigarettes and drugs', async () => {
    const r = await analyze(
      'Kaçak sigara ve uyuşturucu operasyonu',
      'Jandarma ekipleri bir depoda 3 bin paket kaçak sigara ve 2 kilogram uyuşturucu ele geçirdi. 2 şüpheli ' +
        'gözaltına alındı.',
    );
    assert.equal(r.language, 'tr');
    assert.equal(r.relevant, false);
  });
});
