import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text.
describe('victims', () => {
  const cases: [string, string, string, number | null][] = [
    [
      'one victim named in the singular by a charge',
      'Man pleads guilty',
      'A man pleaded guilty in federal court to sex trafficking a 15-year-old girl he met online.',
      1,
    ],
    [
      'numerals',
      '32 girls rescued from brothel',
      'Police rescued 32 girls from a brothel during a raid against sex trafficking.',
      32,
    ],
    [
      'number words',
      'Two schoolgirls rescued',
      'Two schoolgirls were rescued from sex traffickers who had sold them for sex.',
      2,
    ],
    [
      'round figures',
      'Trafficking victims freed',
      'Police freed more than 100 victims of forced labour from a brick kiln and arrested the owner.',
      100,
    ],
    [
      'never the suspects',
      'Six men arrested for human trafficking',
      'Six men were arrested on human trafficking charges after three women were rescued from a farm.',
      3,
    ],
    [
      'the exact figure over the round one',
      'Over 200 child soldiers freed',
      'Over 200 child soldiers were released. In total, 207 children were handed over to aid workers by the armed group.',
      207,
    ],
    [
      'one victim of a stated age',
      'Boy rescued from traffickers',
      'A 13-year-old boy was rescued from traffickers who forced him to beg, police said. Two men were arrested.',
      1,
    ],
    [
      'not the end of an age range',
      'Trafficking victims rescued',
      'The victims, aged between 14 and 17, were rescued from a house where traffickers held them.',
      null,
    ],
    [
      'not statistics',
      'Global report on trafficking',
      'An estimated 50,000 people are trafficked each year, the report on human trafficking says.',
      null,
    ],
    [
      'not a yearly figure',
      'Children forced to beg',
      'Beggar gangs thrive on lost children: police records show 40,000 children disappear every year and many are forced to beg by traffickers.',
      null,
    ],
    [
      'not a numbered section of a law',
      'Girl sold into marriage',
      'A 14-year-old girl was sold for marriage by her father. The accused were booked under sections 370 (a) (exploitation of a trafficked person) and 372 (2) (selling a minor).',
      1,
    ],
    [
      'not the places searched',
      'Trafficking network dismantled',
      'Police took action against a trafficking network that forced 14 women into prostitution; twelve suspects were identified and forty places were searched, while victims were brought to safety.',
      14,
    ],
    [
      'groups joined before a comma and a police source',
      'Baby factory raided',
      'Police raided a baby factory holding 12 children and three pregnant teenagers, a police spokesman said, in a case of child trafficking.',
      15,
    ],
    [
      'a count said after its noun, in Swahili',
      'Polisi wanasa watuhumiwa',
      'Jeshi la polisi limewakamata watuhumiwa watatu wa biashara haramu ya binadamu na unyonyaji wa kingono. Wasichana 12 walipatikana katika nyumba moja.',
      12,
    ],
    [
      'the case, not a running total since a year',
      'Women freed from trafficking ring',
      'The gang trafficked 20 women for sexual exploitation. A total of 200 people have been rescued by the task force since 2019.',
      20,
    ],
    [
      'the group, not a part of it',
      'Trafficking victims rescued',
      'Four of the women rescued from the trafficking ring were minors. In all, police freed ten women from the brothel.',
      10,
    ],
    [
      'the part said to be the victims, not the returnees',
      'Returnees received',
      'Some 250 returnees from Libya arrived at the airport on Tuesday; officials said 30 of them were victims of human trafficking.',
      30,
    ],
    [
      'the part said to be the victims, not all intercepted',
      'Trafficking',
      'Police intercepted 40 migrants; 12 of them were found to be victims of trafficking for forced labour.',
      12,
    ],
    [
      'the rescued after "and", not the arrested',
      'Twelve arrested in trafficking raid',
      'Twelve people were arrested and 30 women were rescued from forced prostitution.',
      30,
    ],
    [
      'the case, not the wider total it is part of',
      'Girls rescued',
      'Police rescued 20 girls from sex traffickers on Monday, part of 200 victims freed in a nationwide operation this month.',
      20,
    ],
    [
      'the case, not what a task force has done since it began',
      'Raid frees women',
      'The raid freed 20 women from a brothel run by traffickers. Since it was set up, the task force has rescued more than 200 victims of trafficking.',
      20,
    ],
    [
      'the freed after a semicolon, not the arrested',
      'Arrests in trafficking case',
      'Twelve suspects, including three police officers, were arrested; 18 victims of forced labour were freed.',
      18,
    ],
    [
      'the victims among the repatriated',
      'Victims repatriated',
      'Some 300 migrants were repatriated from Libya on Tuesday. Among them were 25 victims of trafficking for sexual exploitation.',
      25,
    ],
    [
      'not the members of a gang',
      'Begging network',
      'A network of 30 people trafficked children into forced begging in the capital.',
      null,
    ],
    [
      'the forced workers, not the suspects by nationality',
      'Scam compound',
      'Police detained 20 Chinese and five Cambodians suspected of running a scam compound where 300 people were forced to work.',
      300,
    ],
    [
      'the deportees who said they were victims',
      'Deportees',
      'Some 200 deportees arrived from Saudi Arabia; 14 of them said they had been victims of forced labour.',
      14,
    ],
    [
      'not a running total in Spanish',
      'Balance de la trata',
      'En lo que va de año, la Policía ha liberado a 200 víctimas de trata de personas en la provincia.',
      null,
    ],
    [
      'the rescue, not the total since a year after a semicolon, in Portuguese',
      'Resgate',
      'A polícia resgatou 25 trabalhadores em condições análogas à escravidão; desde 2020, 800 pessoas foram resgatadas no estado.',
      25,
    ],
    [
      'not the members of a network, in Spanish',
      'Red',
      'Una red de 15 personas explotaba sexualmente a mujeres en pisos de Madrid.',
      null,
    ],
    [
      'the story told first, not a separate case repeated late in the text',
      'Women rescued from traffickers',
      'Officers of the organised crime unit acted on information from a member of the public about a house in a quiet suburb, where neighbours had noticed cars arriving late at night and young women who never left the property alone. A search warrant was obtained and the premises were searched on Wednesday afternoon with the help of other units. Police found four women at the house who had been trafficked for sexual exploitation. The women told investigators that they had been promised work in restaurants and shops, but on arrival their passports were taken and they were forced to see clients every night. The women told investigators that they had been promised work in restaurants and shops, but on arrival their passports were taken and they were forced to see clients every night. The women told investigators that they had been promised work in restaurants and shops, but on arrival their passports were taken and they were forced to see clients every night. In a separate case in another province, police rescued 33 victims of human trafficking from a farm. The 33 victims were taken to a shelter.',
      4,
    ],
    [
      'the count of the order of magnitude the title gives',
      'Thousands rescued from scam compounds',
      'As part of the crackdown, 140 Indian citizens were rescued from the compounds. Officials said that about 7,000 people have been rescued from the scam centres, where they were forced to work.',
      7000,
    ],
    [
      'the case since a recent day',
      'Women rescued',
      'Since Monday, police have rescued 20 women from brothels run by sex traffickers in the city.',
      20,
    ],
    [
      'the case after "desde" naming a place, not a date',
      'Mujeres liberadas',
      'Trasladadas desde Colombia con falsas promesas, 20 mujeres fueron liberadas por la policía de una red de trata.',
      20,
    ],
    [
      'not a couple of employers',
      'Maid locked in house',
      'A maid was rescued after her employers locked her in. The couple locked the maid in the house for a week, a case of forced labour.',
      1,
    ],
  ];
  for (const [name, title, text, want] of cases) {
    it(`counts ${name}`, async () => {
      const a = await analyze(title, text);
      assert.equal(a.victims, want, JSON.stringify(a.evidence));
      if (want !== null) assert.ok(a.evidence.some((e) => e.field === 'victims' && e.value === want));
    });
  }
});

describe('minors', () => {
  const cases: [string, string, string, boolean | null][] = [
    ['a stated child age', 'Girl rescued', 'A 16-year-old girl was rescued from sex traffickers in the city.', true],
    [
      'children among the victims',
      'Trafficked children rescued',
      'Nine trafficked children were rescued from fishing boats.',
      true,
    ],
    [
      'adult victims',
      'Women rescued from traffickers',
      'Police rescued five women, aged between 20 and 24, from human traffickers.',
      false,
    ],
    [
      'a suspect’s age does not count',
      'Trafficker arrested',
      'Police arrested a 15-year-old... no: police arrested a 45-year-old man for trafficking women into prostitution.',
      false,
    ],
    [
      'a prison term after the victims, in their sentence or the next, is no age',
      'Brothers jailed for forcing men to work',
      'The brothers forced five men to work at a car wash for almost nothing and treated the men as disposable. ' +
        'One brother received eight years. In 2015 the other exploited three women and served four years in prison.',
      false,
    ],
    [
      'no sign of age',
      'Victims of trafficking identified',
      'Authorities identified victims of human trafficking.',
      null,
    ],
  ];
  for (const [name, title, text, want] of cases) {
    it(`reads ${name}`, async () => {
      const a = await analyze(title, text);
      assert.equal(a.minors, want, JSON.stringify(a.evidence));
    });
  }
});

describe('incident', () => {
  it('is a specific case when someone is arrested, rescued or sentenced', async () => {
    const a = await analyze(
      'Trafficker sentenced to 12 years',
      'A court on Monday sentenced a man to 12 years in prison for trafficking three women into forced prostitution.',
    );
    assert.equal(a.incident, true);
  });

  it('is not a case for awareness, policy and statistics', async () => {
    const a = await analyze(
      'Report: trafficking victims rising worldwide',
      'The annual report estimates that the number of human trafficking victims worldwide rose by 10 per cent. The authors call for new laws and awareness campaigns.',
    );
    assert.equal(a.relevant, true);
    assert.equal(a.incident, false);
  });
});

describe('victims of a case only', () => {
  it('does not count the convicted as victims', async () => {
    const a = await analyze(
      'Agency secures convictions of traffickers',
      'The anti-trafficking agency said on Tuesday it had secured the conviction of 37 persons for human trafficking and forced labour offences.',
    );
    assert.notEqual(a.victims, 37);
  });

  it('joins two groups a headline separates by a comma', async () => {
    const a = await analyze(
      'Nine women, two teenagers freed from bar; owner held',
      'Police freed nine women and two teenage girls from a bar on Friday, where they had been forced to sell sex. The owner was arrested.',
    );
    assert.equal(a.victims, 11);
  });

  it('does not take a noun past the end of the sentence for a count', async () => {
    const a = await analyze(
      'Couple jailed for keeping a housemaid in servitude',
      'A couple who kept a housemaid in servitude for eleven years have been jailed. He was jailed for six years and she for five. The woman escaped after a neighbour slipped her a note.',
    );
    assert.notEqual(a.victims, 5);
  });

  it("sets a convicted adult's age aside and counts the one victim", async () => {
    const a = await analyze(
      'Zuhälter verurteilt',
      'Ein 37-jähriger Mann ist am Mittwoch am Landesgericht wegen Menschenhandels zu sechs Jahren Haft verurteilt worden. Er soll eine 24-jährige Frau aus Ungarn über zwei Jahre zur Prostitution gezwungen haben.',
    );
    assert.equal(a.victims, 1);
  });

  it('counts one child told in a title as "Girl, 12," beside the adult who kept her', async () => {
    const r = await analyze(
      'Girl, 12, rescued from servitude in a city home',
      'The agency removed a 12-year-old girl from a home where she had worked unpaid for three years. She cared for ' +
        'two younger children. The employer, a 39-year-old woman, was questioned by police.',
    );
    assert.equal(r.victims, 1);
  });

  it('reads "was 19 when" as an age, not as 19 victims', async () => {
    const r = await analyze(
      'Sold as a bride across the border',
      'Mai (not her real name) was 19 when a woman from her village offered her a job in a restaurant abroad. ' +
        'Instead she was sold to a farmer as his wife and kept locked in his house for two years.',
    );
    assert.notEqual(r.victims, 19);
  });

  it("does not count another case's victims that the report recalls", async () => {
    const r = await analyze(
      'Couple jailed for keeping woman as unpaid housemaid for nine years',
      'A husband and wife who kept a Ghanaian woman as an unpaid servant in their home for nearly a decade have been ' +
        'jailed. The court heard that the woman was brought to the UK at the age of 23. She worked from dawn until ' +
        'after midnight and was never paid. Her passport was kept in a locked drawer.\n\nSentencing, the judge said ' +
        'the victim had been treated as a possession. She recalled a case she heard in 2018 in which three Filipino ' +
        'women were kept by a family in the same borough.',
    );
    assert.notEqual(r.victims, 3);
  });

  it('withholds the figures of a report that tells no case', async () => {
    const a = await analyze(
      'New report on human trafficking statistics',
      'The annual report published on Monday says that 547 victims of human trafficking were identified by the authorities. The survey estimates the true figure is higher, and the authors call for new laws, policies and awareness campaigns worldwide.',
    );
    assert.equal(a.relevant, true);
    assert.equal(a.incident, false);
    assert.equal(a.victims, null);
  });

  it('withholds a figure in the thousands from a text that tells no case, spaced thousands included', async () => {
    const a = await analyze(
      'Des enfants soldats dans les groupes armés',
      "Selon l'Unicef, plus de 1 000 enfants ont été recrutés par les groupes armés du pays depuis le début de l'année. " +
        "L'organisation appelle les autorités à renforcer la prévention et la réinsertion des anciens enfants soldats.",
    );
    assert.equal(a.relevant, true);
    assert.equal(a.incident, false);
    assert.equal(a.victims, null);
  });

  it('keeps the count of a case', async () => {
    const a = await analyze(
      'Police rescue 12 trafficking victims',
      'Police rescued 12 women who had been trafficked into forced prostitution and arrested two suspects on Friday.',
    );
    assert.equal(a.incident, true);
    assert.equal(a.victims, 12);
  });
});

describe('counts that follow their noun (Thai, Khmer)', () => {
  it('takes the rescue before the nouns for the count, though an arrest follows it', async () => {
    const cases: [title: string, text: string][] = [
      ['ทลายซ่องค้ามนุษย์', 'ตำรวจช่วยเหลือหญิงชาวลาว 12 คน พร้อมจับกุมผู้ต้องหา 3 คน'],
      ['ทลายซ่องค้ามนุษย์', 'ตำรวจช่วยเหลือผู้เสียหายหญิงชาวลาว 12 คน พร้อมจับกุมผู้ต้องหา 3 คน'],
      ['បង្ក្រាបការជួញដូរមនុស្ស', 'ប៉ូលិសបានជួយសង្គ្រោះស្ត្រីជនជាតិវៀតណាម ១២ នាក់ និងចាប់ខ្លួនជនសង្ស័យ ៣ នាក់'],
    ];
    for (const [title, text] of cases) assert.equal((await analyze(title, text)).victims, 12, text);
  });

  it('still reads a group arrested, with no rescue before it, as no victims', async () => {
    const a = await analyze('ทลายซ่องค้ามนุษย์', 'หญิงชาวลาว 12 คน ถูกจับกุมในข้อหาค้าประเวณี');
    assert.equal(a.victims, null);
  });
});

describe('child labour told without the word trafficking', () => {
  it('"were made to work … not allowed to step out" reads as forced labour', async () => {
    const r = await analyze(
      'Thirty children rescued from bangle units; four held',
      'Thirty children, aged between 10 and 15, were rescued from four bangle-making units in the old city on ' +
        'Sunday. Police said middlemen paid their parents small advances and brought them from another state. The ' +
        'children were made to work for up to 14 hours a day over open furnaces and were not allowed to step out of ' +
        'the rooms. Four unit owners were arrested under the Juvenile Justice Act.',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('labour'));
    assert.equal(r.victims, 30);
  });
});

describe('sexual exploitation told as "pushed into prostitution" and "the flesh trade"', () => {
  it('reads a bar raid that frees women pushed into prostitution as relevant', async () => {
    const r = await analyze(
      'Six women, including minor, rescued from city bar',
      'Police rescued six women, including a minor girl, from a dance bar during a raid late on Friday. The women ' +
        'were made to dance before customers and were pushed into prostitution. The manager and two waiters were ' +
        'arrested. "We had received information that girls were being forced into the flesh trade," an officer said.',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('sexual'));
  });
});
