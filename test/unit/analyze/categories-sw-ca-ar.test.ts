import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Swahili, Catalan and Arabic cases composed by us (fictional people and places of our own); no third-party text.
// They read the cue categories these lexicons lacked: a part of a group, minors said outright, the dead, running totals,
// an office's name, and (Swahili) drugs, wildlife, arms and migrant smuggling as negatives.

describe('Swahili categories (sw.json)', () => {
  it('scam camps ("kambi za utapeli") and being forced to defraud people are forced criminality', async () => {
    const r = await analyze(
      'Vijana waliokolewa kutoka kambi za utapeli warejea nyumbani',
      'Vijana kumi na wawili waliokuwa wamenaswa katika kambi za utapeli wa mtandaoni wamerejea nyumbani. "Kila siku ' +
        'tulilazimishwa kuwatapeli watu kupitia mitandao ya kijamii," alisema mmoja wao, Juma (si jina lake halisi).',
    );
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['forced_criminality']);
  });

  it('"wenye umri wa kati ya miaka 10 na 15" opens an age range: "watoto 12" before it is the count', async () => {
    const r = await analyze(
      'Polisi waokoa watoto 12 waliofanyishwa kazi za ndani',
      'Polisi wamewaokoa watoto 12 wenye umri wa kati ya miaka 10 na 15 waliokuwa wakifanyishwa kazi za ndani bila ' +
        'malipo mjini Mwanza. Mawakala wawili wamekamatwa kwa usafirishaji haramu wa binadamu.',
    );
    assert.equal(r.victims, 12);
    assert.equal(r.minors, true);
  });

  it('"waathiriwa 4 kati yao" (four of them) is a part of the group: 12 victims', async () => {
    const r = await analyze(
      'Polisi wawaokoa wasichana',
      'Polisi wamewaokoa wasichana 12 waliokuwa wakifanyishwa ukahaba. Waathiriwa 4 kati yao walisafirishwa kutoka ' +
        'Uganda na mtandao wa usafirishaji haramu wa binadamu.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 12);
  });

  it('"watatu kati yao walikuwa chini ya umri wa miaka 18" settles minors', async () => {
    const r = await analyze(
      'Wanawake wanane waokolewa kutoka danguro',
      'Polisi wamewaokoa wanawake 8 waliokuwa wakilazimishwa kufanya ukahaba katika danguro moja mjini Arusha. ' +
        'Watatu kati yao walikuwa chini ya umri wa miaka 18. Mmiliki wa nyumba hiyo amekamatwa.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 8);
  });

  it('those who died ("waathiriwa 6 walifariki dunia") are not the count: 20 victims', async () => {
    const r = await analyze(
      'Waathiriwa waokolewa',
      'Polisi wamewaokoa watu 20 waliokuwa wakifanyishwa kazi za kulazimishwa. Waathiriwa 6 walifariki dunia ' +
        'walipokuwa wakisafirishwa na mtandao wa usafirishaji haramu wa binadamu.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 20);
  });

  it('children a domestic worker minds ("akiwatunza watoto 4") are no victims', async () => {
    const r = await analyze(
      'Mfanyakazi wa ndani',
      'Mfanyakazi wa ndani alilazimishwa kufanya kazi bila malipo akiwatunza watoto 4 wa mwajiri wake.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, null);
  });

  it('a running total ("tangu mwanzo wa mwaka") is not the case\'s count', async () => {
    const r = await analyze(
      'Wasichana watano waokolewa Dodoma',
      'Polisi wamewaokoa wasichana 5 waliokuwa wakilazimishwa kufanya ukahaba mjini Dodoma. Tangu mwanzo wa mwaka, ' +
        'polisi wamewaokoa waathiriwa 140 wa usafirishaji haramu wa binadamu.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 5);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'Watatu wakamatwa na dawa za kulevya',
      'Polisi wamewakamata watu watatu wakisafirisha dawa za kulevya aina ya heroini kilo 20 kwenye gari. ' +
        'Watuhumiwa walikuwa wakiuza mihadarati hiyo kwa vijana. Walifikishwa mahakamani leo.',
    ],
    [
      'Meno ya tembo yakamatwa bandarini',
      'Maafisa wa wanyamapori wamekamata shehena ya meno ya tembo na pembe za faru iliyokuwa ikisafirishwa kwenda Asia. ' +
        'Watuhumiwa wawili wamekamatwa kwa biashara haramu ya nyara za serikali.',
    ],
    [
      'Bunduki na risasi zanaswa mpakani',
      'Polisi wamekamata bunduki 12 na risasi 400 zilizokuwa zikisafirishwa kwa magendo kuvuka mpaka. ' +
        'Watu wawili walishtakiwa chini ya sheria ya usafirishaji haramu wa binadamu.',
    ],
    [
      'Wahamiaji haramu 40 wakamatwa ndani ya lori',
      'Polisi wamewakamata wahamiaji haramu 40 kutoka Ethiopia waliokuwa wakisafirishwa ndani ya lori kwenda ' +
        'Afrika Kusini bila vibali. Dereva alishtakiwa kwa usafirishaji haramu wa binadamu.',
    ],
  ];
  for (const [title, text] of NEGATIVES)
    it(`is not relevant: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'sw');
      assert.equal(r.relevant, false);
    });
});

describe('Catalan categories (ca.json)', () => {
  it('"dues eren menors" settles minors', async () => {
    const r = await analyze(
      'Els Mossos alliberen vuit dones explotades sexualment',
      "Els Mossos d'Esquadra han alliberat vuit dones que eren obligades a prostituir-se en un pis de Lleida. " +
        'Dues eren menors. Hi ha tres detinguts.',
    );
    assert.equal(r.language, 'ca');
    assert.equal(r.relevant, true);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 8);
  });

  it('those who died ("van morir") are not the count: 14 victims', async () => {
    const r = await analyze(
      'Víctimes de tracta',
      'Sis víctimes van morir durant el trasllat. La policia ha alliberat 14 treballadors explotats laboralment en ' +
        'una finca.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 14);
  });

  it('"en els darrers anys" makes a running total; the children a worker must mind are no victims', async () => {
    const span = await analyze(
      'Explotació laboral',
      'La policia ha alliberat 6 dones víctimes de tracta. En els darrers anys la policia ha alliberat 480 víctimes.',
    );
    assert.equal(span.victims, 6);
    const care = await analyze(
      'Explotació laboral',
      'Una dona explotada laboralment treballava sense cobrar i havia de cuidar quatre nens de la família.',
    );
    assert.equal(care.relevant, true);
    // One woman exploited ("una dona explotada"), not the four children she minds.
    assert.equal(care.victims, 1);
  });

  it('"tres d\'ells" is a part of the group; a running total is not the count', async () => {
    const r = await analyze(
      'Alliberats 11 treballadors explotats',
      "La policia ha alliberat 11 treballadors explotats laboralment en un taller tèxtil. Tres d'ells no tenien " +
        "passaport. En el que va d'any, la policia ha alliberat 230 víctimes d'explotació laboral a tot l'estat.",
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 11);
  });

  it('is not relevant: a debate on sex work', async () => {
    const r = await analyze(
      'El Parlament debat la regulació de la prostitució',
      'Els grups parlamentaris han debatut la despenalització del treball sexual i els drets de les treballadores ' +
        'sexuals. Les entitats abolicionistes demanen multar els clients.',
    );
    assert.equal(r.language, 'ca');
    assert.equal(r.relevant, false);
  });
});

describe('Arabic categories (ar.json)', () => {
  it('"ثلاث منهن" (three of them) is a part of the group and "قاصرات" settles minors', async () => {
    const r = await analyze(
      'تحرير 15 امرأة من شبكة للاتجار بالبشر',
      'أعلنت الشرطة تحرير 15 امرأة أجبرن على ممارسة الدعارة في شقة بالعاصمة. وكانت ثلاث منهن قاصرات. ' +
        'وتم القبض على أربعة متهمين.',
    );
    assert.equal(r.language, 'ar');
    assert.equal(r.relevant, true);
    assert.equal(r.minors, true);
    assert.equal(r.victims, 15);
  });

  it('those who died are not the count; a running total since the start of the year is not either', async () => {
    const r = await analyze(
      'إنقاذ 20 عاملا من العمل القسري',
      'أنقذت الشرطة 20 عاملا أجبروا على العمل القسري دون أجر في مزرعة. وقال مسؤول إن 3 عمال توفي قبل المداهمة. ' +
        'ومنذ بداية العام، أنقذت الشرطة 310 ضحايا للاتجار بالبشر.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 20);
  });

  it('"خلال السنوات الأخيرة" makes a running total; children a maid minds are no victims', async () => {
    const span = await analyze(
      'إنقاذ نساء',
      'أنقذت الشرطة 7 نساء أجبرن على الدعارة. وخلال السنوات الأخيرة أنقذت الشرطة 900 ضحية.',
    );
    assert.equal(span.victims, 7);
    const care = await analyze('عاملة منزلية', 'أجبرت عاملة منزلية على العمل دون أجر وكانت ترعى 4 أطفال لدى الأسرة.');
    assert.equal(care.relevant, true);
    assert.equal(care.victims, null);
  });

  it('an office\'s name ("إدارة مكافحة الاتجار بالبشر") is no trafficking word', async () => {
    const r = await analyze('القبض على سائق', 'ألقت إدارة مكافحة الاتجار بالبشر القبض على سائق بتهمة سرقة سيارة.');
    assert.equal(r.relevant, false);
  });
});
