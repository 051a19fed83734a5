import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text.
describe('victim totals over sub-groups and joined groups', () => {
  const cases: [string, string, string, number | null][] = [
    [
      'pt number words with "e" and a sub-group',
      'Polícia resgata trabalhadores',
      'A polícia resgatou trinta e oito trabalhadores em condições análogas à escravidão numa fazenda; dois deles tinham 16 anos.',
      38,
    ],
    [
      'es sub-group "tres de ellas"',
      'Rescatan a costureras',
      'La policía rescató a once costureras víctimas de trabajo forzoso en un taller; tres de ellas tenían diecisiete años.',
      11,
    ],
    [
      'a whole told before the parts that add up to it',
      'Police raid a baby factory',
      'Police rescued fourteen people, ten pregnant girls and women and four infants, from a building where babies were sold.',
      14,
    ],
    [
      'joined groups are summed',
      'Women rescued from brothel',
      'Police rescued twelve women and four teenage girls from a brothel run by a sex trafficking ring.',
      16,
    ],
    [
      'one child before "and" joins the group',
      'Children rescued from begging ring',
      'Officers rescued a boy aged six and three girls who had been sold by traffickers to beg in the streets.',
      4,
    ],
    [
      "the employer's children are not victims",
      'Maid freed',
      "A domestic worker was held in domestic servitude by a couple. She had to cook, clean and look after the couple's three children without pay. Police rescued her and arrested the couple.",
      1,
    ],
    [
      'others in a survivor story are not counted',
      'Survivor testifies',
      'A survivor of sex trafficking told the court how she was sold to a brothel with three other women.',
      null,
    ],
    [
      "at least five men, beside the suspect's age",
      'Farmer charged with forced labour',
      'A farmer has been charged with forced labour after at least five men were found living in caravans on his land. The 52-year-old was arrested on Monday.',
      5,
    ],
    [
      "a child of a stated age beside adults' ages is the one victim",
      'Girl rescued',
      'A 13-year-old girl was rescued from a house where she had been sexually exploited, police said. Her 34-year-old mother and a 45-year-old man were arrested.',
      1,
    ],
    [
      'id sub-group "dua di antaranya"',
      'Lima korban diselamatkan',
      'Polisi menyelamatkan lima perempuan korban perdagangan orang, dua di antaranya masih berusia 16 tahun.',
      5,
    ],
    [
      'pt "entre os resgatados" names a part of the total',
      'Resgatados trabalhadores em vinha',
      'A inspeção do trabalho resgatou cinquenta e dois trabalhadores em condições análogas à escravidão numa vinha. Entre os resgatados estavam quatro adolescentes de 16 e 17 anos.',
      52,
    ],
    [
      'id number words after a scale word ("lima puluh enam")',
      'ABK diselamatkan',
      'Polisi menyelamatkan lima puluh enam anak buah kapal korban kerja paksa di kapal ikan asing.',
      56,
    ],
    [
      'en "one hundred and twelve"',
      'Workers rescued',
      'Police rescued one hundred and twelve workers from forced labour at a factory.',
      112,
    ],
    [
      'it compound number words ("trentadue")',
      'Braccianti liberati',
      'La polizia ha liberato trentadue braccianti vittime di caporalato e sfruttamento lavorativo.',
      32,
    ],
    [
      'ar tens joined with "و" after the unit',
      'تحرير ضحايا',
      'حررت الشرطة خمسة وعشرين امرأة من ضحايا الاتجار بالبشر والاستغلال الجنسي.',
      25,
    ],
    [
      'ar teens ("ثلاثة عشر")',
      'إنقاذ أطفال',
      'أنقذت الشرطة ثلاثة عشر طفلا من ضحايا الاتجار بالبشر كانوا يجبرون على التسول.',
      13,
    ],
    [
      'es joined groups',
      'Liberadas',
      'La Policía liberó a doce mujeres y cuatro menores víctimas de explotación sexual en un club de carretera.',
      16,
    ],
    [
      'es one girl of a stated age and a group',
      'Niños rescatados',
      'Los agentes rescataron a una niña de cuatro años y dos niños que eran obligados a mendigar por una red de trata.',
      3,
    ],
    [
      "a total after one raid's count",
      'Raids across the country',
      'Police raided nine massage parlours on Tuesday. In one, officers found six women from Thailand who had been forced into prostitution. In total, 41 women were rescued in the operation, police said.',
      41,
    ],
    [
      'id "sebanyak" before the total',
      'Operasi gabungan',
      'Tim gabungan menyelamatkan tiga perempuan di Batam. Secara keseluruhan sebanyak 27 korban perdagangan orang berhasil diselamatkan dalam operasi itu.',
      27,
    ],
    [
      "a victim's own children are not victims",
      'Woman rescued from brothel',
      'A 24-year-old woman, a mother of two children, was rescued from a brothel where she had been forced into prostitution, police said.',
      1,
    ],
    [
      'a rescue in the sentence before does not make a family a count',
      'Frau befreit',
      'Eine Frau wurde aus der Zwangsprostitution befreit. Sie hatte ihre zwei Kinder in Rumänien zurückgelassen.',
      null,
    ],
    [
      'a survivor trafficked at 15, now 23: one victim',
      'Survivor speaks out',
      'Maria was trafficked into prostitution when she was 15. Now 23, she campaigns against sex trafficking.',
      1,
    ],
    [
      'es "detuvo a tres hombres" counts suspects, not victims',
      'Obligadas a prostituirse',
      'La policía detuvo a tres hombres que obligaban a mujeres paraguayas a prostituirse en un piso para pagar una deuda.',
      null,
    ],
    [
      'pt decades are not a count',
      'Escravidão doméstica',
      'Uma mulher foi mantida em condições análogas à escravidão por quatro décadas por uma família; auditores fiscais resgataram a vítima.',
      1,
    ],
  ];
  for (const [name, title, text, want] of cases) {
    it(name, async () => assert.equal((await analyze(title, text)).victims, want));
  }
});

describe('minors: children minded, durations, legal thresholds', () => {
  it('es "dos de ellas de dieciséis años" states a child age', async () => {
    const a = await analyze(
      'Rescatan a costureras',
      'La policía rescató a ocho costureras víctimas de trabajo forzoso en un taller clandestino, dos de ellas de dieciséis años.',
    );
    assert.equal(a.minors, true);
    assert.equal(a.victims, 8);
  });
  it("the employer's children do not make the victim a minor", async () => {
    const a = await analyze(
      'Nanny kept in servitude',
      'A Filipino domestic worker was held in domestic servitude for years, caring for four children of her employers without pay.',
    );
    assert.notEqual(a.minors, true);
  });
  it('"drei Jahre lang" is a length of time, not an age', async () => {
    const a = await analyze(
      'Hausangestellte befreit',
      'Eine Frau musste drei Jahre lang ohne Lohn als Hausangestellte arbeiten; ihr Pass wurde ihr abgenommen. Gegen das Ehepaar wird wegen Menschenhandels ermittelt.',
    );
    assert.notEqual(a.minors, true);
  });
  it('a minimum age of marriage is not an adult victim', async () => {
    const a = await analyze(
      'Parliament moves against child marriage',
      'Lawmakers voted to raise the minimum age of marriage to 18, a step campaigners say will curb the forced marriage of child brides.',
    );
    assert.notEqual(a.minors, false);
  });
});
