import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text.
describe('forms told by the activity, without a form keyword', () => {
  const cases: [string, string, string, string][] = [
    [
      'tending cannabis plants is forced criminality',
      'Teenager found in locked house',
      'A 15-year-old Vietnamese boy trafficked to Britain was found locked inside a house in Leeds, tending hundreds of cannabis plants. Police said he was a victim of modern slavery.',
      'forced_criminality',
    ],
    [
      'diving to free fishing nets is labour',
      'Boys made to work on lake platforms',
      'Human trafficking: children as young as ten were made to dive at night to free snagged fishing nets, an NGO said after rescuing 14 boys.',
      'labour',
    ],
    [
      'laying driveways and tarmac is labour',
      'Family jailed for exploiting homeless men',
      'Five members of a family were jailed for modern slavery offences after forcing homeless men to lay driveways and tarmac for little or no pay.',
      'labour',
    ],
    [
      'pt fruit picking is labour',
      'Trabalhadores resgatados da apanha de morangos',
      'Dezenas de trabalhadores estrangeiros foram resgatados da apanha de morangos, vítimas de tráfico de pessoas; dormiam em contentores e não recebiam salário.',
      'labour',
    ],
    [
      'vi sale of a baby girl is illegal adoption',
      'Bắt nhóm mua bán bé sơ sinh',
      'Công an đã bắt giữ ba đối tượng trong đường dây mua bán bé gái 5 ngày tuổi với giá 60 triệu đồng.',
      'illegal_adoption',
    ],
    [
      'ar a domestic worker is domestic servitude',
      'إنقاذ عاملة منزل',
      'أنقذت السلطات عاملة منزل آسيوية تعرضت للاتجار بالبشر، إذ احتجزها صاحب العمل وحرمها من أجرها لمدة عامين.',
      'domestic_servitude',
    ],
    [
      'id forced to work as online scammers is forced criminality',
      'Korban TPPO dipaksa jadi penipu online',
      'Polisi memulangkan tujuh warga yang menjadi korban perdagangan orang di Kamboja. Mereka dipaksa bekerja sebagai penipu online dan disiksa jika tidak mencapai target.',
      'forced_criminality',
    ],
    [
      'id contract marriage sold for sex is sexual exploitation',
      'Perekrut kawin kontrak ditangkap',
      'Polisi menangkap dua perekrut yang menjual perempuan muda untuk kawin kontrak dengan turis asing; korban perdagangan orang itu dieksploitasi secara seksual.',
      'sexual',
    ],
    [
      'peeling shrimp in a processing shed is labour',
      'Shrimp peelers rescued',
      'Police rescued 40 migrants held in a seafood processing shed where they peeled shrimp for no wages after traffickers took their passports.',
      'labour',
    ],
    [
      'forcing cleaners to work for almost nothing is labour',
      'Cleaning boss convicted',
      'A cleaning company boss was convicted of human trafficking after forcing Romanian cleaners to work in offices at night for almost nothing.',
      'labour',
    ],
    [
      'fr grape harvest is labour',
      'Vendanges',
      'Des saisonniers victimes de traite des êtres humains travaillaient aux vendanges sans salaire et logeaient dans des conditions indignes.',
      'labour',
    ],
  ];
  for (const [name, title, text, form] of cases) {
    it(name, async () => assert.ok((await analyze(title, text)).types.includes(form as never)));
  }
  it('a Brazilian labour case told in English ("a situation similar to slavery") is labour, beside smuggled goods', async () => {
    const r = await analyze(
      'Police find 20 workers in a situation similar to slavery at a cigarette factory',
      'Police broke up an illegal cigarette factory in the port town of Barra Nova, where 20 foreign workers were held in ' +
        'a situation similar to slavery. The cigarettes were smuggled across the border and sold at markets.',
    );
    assert.ok(r.relevance >= 0.9, String(r.relevance));
    assert.deepEqual(r.types, ['labour']);
  });

  it('servitude on a car wash is not domestic servitude', async () => {
    const a = await analyze(
      'Car wash owner convicted',
      'The owner of a car wash was convicted of holding four men in servitude and forced labour, making them work 12 hours a day for no pay.',
    );
    assert.ok(a.types.includes('labour'));
    assert.ok(!a.types.includes('domestic_servitude'));
  });
  it('servitude on a farm is forced labour', async () => {
    const a = await analyze(
      'Men held on farm',
      'Police say at least five men were held in servitude on a farm for years and were never paid.',
    );
    assert.deepEqual(a.types, ['labour']);
  });
  it('id contract marriage is not forced marriage', async () => {
    const a = await analyze(
      'Perekrut kawin kontrak ditangkap',
      'Polisi menangkap dua perekrut yang menjual perempuan muda untuk kawin kontrak dengan turis asing; korban perdagangan orang itu dieksploitasi secara seksual.',
    );
    assert.ok(!a.types.includes('forced_marriage'));
  });
});

describe('relevance: control signs, fiction, small lexicons', () => {
  const cases: [string, string, string, boolean][] = [
    [
      'passports kept, fees deducted, threats of immigration',
      'Builders kept passports of migrant crew',
      "Migrant workers on a hotel building site said the site manager held on to their passports, took 'accommodation fees' out of every pay packet and threatened to report them to immigration if they complained.",
      true,
    ],
    [
      'teenagers made to earn their keep picking fruit, unpaid, passports kept',
      'Young footballers left working on farms',
      'A group of teenage footballers brought over for trials were told to earn their keep picking strawberries and received no pay, while the agent kept their passports.',
      true,
    ],
    [
      'uk farm workers without pay or documents, locked in (Ukrainian, no word for trafficking)',
      'На Полтавщині фермер тримав робітників',
      'Фермер з двома спільниками шукав на вокзалах безхатьків і обіцяв їм роботу та житло. Людей тримали без зарплати, ' +
        'без документів і без права піти: на ніч їх зачиняли в сараї, за непослух погрожували.',
      true,
    ],
    [
      'ru unpaid wages alone are a labour dispute (Russian)',
      'Рабочие завода пожаловались на задержку зарплаты',
      'Рабочие машиностроительного завода пожаловались, что им не выплачивают зарплату уже два месяца. Профсоюз обратился в прокуратуру.',
      false,
    ],
    [
      'sw domestic worker unpaid, locked in, passport taken (Swahili)',
      'Mfanyakazi wa ndani aokolewa',
      'Mfanyakazi wa ndani alifanya kazi kwa miaka miwili bila mshahara. Waajiri walichukua pasipoti yake na hakuruhusiwa kutoka nje ya nyumba.',
      true,
    ],
    [
      'pt a book review of a novel about trafficked women',
      '[Resenha] O preço da liberdade',
      'Neste livro, a jovem Ana é levada para a Espanha por uma rede de tráfico de mulheres. A resenha de hoje fala ' +
        'de um romance que emociona do começo ao fim.',
      false,
    ],
    [
      'unpaid overtime is a wage dispute',
      'Warehouse staff walk out',
      'Warehouse staff walked out over unpaid overtime and a dispute about holiday pay, the union said. Management said talks would continue next week.',
      false,
    ],
    [
      'es wage deductions and unpaid overtime are a labour dispute',
      'Obreros de la construcción denuncian',
      'Un grupo de obreros de la construcción denunció que la empresa les descontaba el alojamiento del salario y que no les pagaban las horas extra. La inspección de trabajo abrió un expediente.',
      false,
    ],
    [
      'staff unpaid and threatened with dismissal is a labour dispute',
      'Staff not paid',
      'Staff at a collapsed restaurant chain say they have not been paid for two months and were threatened with dismissal for speaking to the press, their union said.',
      false,
    ],
    [
      'a novel that draws parallels with modern slavery',
      'A quiet saga of a Cornish farm',
      'Her second book, set on a Cornish farm, is a slow-burning family saga. Readers will inevitably draw parallels with modern slavery, as the farmhand Tom works for years without wages for the family who took him in.',
      false,
    ],
    [
      'a horror film about a sex trafficking ring',
      'Horror with a message',
      'The horror film follows a young nurse who stumbles onto a sex trafficking ring in a seaside town. The director said she wanted audiences to feel the real horror of human trafficking. It opens in cinemas on Friday.',
      false,
    ],
    [
      'Romanian',
      'Trafic de persoane',
      'Procurorii au reținut cinci persoane acuzate de trafic de persoane și trafic de minori. Victimele, tinere din Vaslui, erau exploatate sexual în Germania.',
      true,
    ],
    [
      'Dutch',
      'Babyhandel opgerold',
      "De politie heeft een netwerk opgerold dat baby's kocht van arme moeders en verkocht aan kinderloze stellen. Het gaat om mensenhandel, aldus het Openbaar Ministerie.",
      true,
    ],
    [
      'Swahili',
      'Wasichana waokolewa',
      'Polisi wamewaokoa wasichana kumi na wawili waliokuwa wakisafirishwa kwenda nje ya nchi kwa ajili ya kazi za ndani. Watuhumiwa watatu wamekamatwa kwa usafirishaji haramu wa binadamu.',
      true,
    ],
  ];
  for (const [name, title, text, want] of cases) {
    it(name, async () => assert.equal((await analyze(title, text)).relevant, want));
  }
  it('children trafficked to work in gold mines are people, not goods', async () => {
    const a = await analyze(
      'Children in gold mines',
      'Children as young as nine were trafficked to work in illegal gold mines, digging pits and carrying ore, a report found.',
    );
    assert.equal(a.relevant, true);
    assert.notEqual(a.victims, 9);
  });
  it('de "16-jähriges Mädchen" is an age, not a count', async () => {
    const a = await analyze(
      'Zwangsheirat',
      'Ein 16-jähriges Mädchen wurde von ihrer Familie zur Heirat mit einem Cousin gezwungen; die Polizei ermittelt wegen Menschenhandels.',
    );
    assert.notEqual(a.victims, 16);
    assert.equal(a.minors, true);
  });
  it('Swahili number words with "na" count the victims', async () => {
    const a = await analyze(
      'Wasichana waokolewa',
      'Polisi wamewaokoa wasichana kumi na wawili waliokuwa wakisafirishwa kwenda nje ya nchi kwa ajili ya kazi za ndani. Watuhumiwa watatu wamekamatwa kwa usafirishaji haramu wa binadamu.',
    );
    assert.equal(a.victims, 12);
    assert.ok(a.types.includes('domestic_servitude'));
  });
});
