// Facts that carry one case across outlets and languages: sums of money, a wire's dateline (the bureau, not the place),
// compound numbers ending in "one", what a place owns. Reports composed for this test (fictional).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadAnalyzer } from '../../../src/analyze/analyzer.ts';
import { compareReports, RECALLED_MONTH, type StoryPrint } from '../../../src/dedup/compare.ts';
import { readNumbers } from '../../../src/dedup/incident.ts';
import { reportNames } from '../../../src/dedup/incident-names.ts';
import { articlePrints } from '../../../src/dedup/prints.ts';

describe('sums of money in story prints', () => {
  for (const [text, lang, want] of [
    ['O fazendeiro foi notificado a pagar R$ 412 mil em verbas rescisórias.', 'pt', [412000]],
    ['The farmer agreed to pay 412,000 reais ($74,000) in severance.', 'en', [74000, 412000]],
    ['a cambio de 150 mil pesos.', 'es', [150000]],
    ['una multa de 2 millones de euros y un sueldo de 600 euros al mes', 'es', [600, 2000000]],
    ['cobraban 50 euros por noche a 15 mujeres', 'es', []],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(readNumbers(text, lang).money, want));
  }
  it('a sum is no count of people', () => {
    assert.deepEqual(readNumbers('a cambio de 150 mil pesos y 12 mujeres', 'es').numbers, [12]);
  });
});

describe('compound numbers ending in one', () => {
  for (const [text, lang, n] of [
    ['Trinta e um safristas foram retirados', 'pt', 31],
    ['liberadas treinta y una mujeres', 'es', 31],
    ['vingt et une femmes libérées', 'fr', 21],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(readNumbers(text, lang).numbers, [n]));
  }
});

describe("what a place owns is no person's name", () => {
  it('"Myanmar\'s Kayin" is not a name', () => {
    const r = reportNames("Victims were held in Myanmar's Kayin State near the border.", new Set(['myanmar']), 'en');
    assert.deepEqual(r.names, []);
  });

  it('two capitalised words right after a preposition of place only are a place the gazetteer lacks', () => {
    const en = reportNames('Boys were found on islands off Kete Krachi by Mary Mensah, an officer.', new Set(), 'en');
    assert.deepEqual(en.localities, ['kete krachi']);
    assert.deepEqual(en.names, ['mary mensah']);
    const pl = reportNames('Policja zatrzymała Jana Kowalskiego w Nowej Dębie.', new Set(), 'pl');
    assert.deepEqual(pl.localities, ['nowej debie']);
    assert.deepEqual(pl.names, ['jana kowalskiego']);
    // What a person owns is no place, and a preposition that also stands before people ("por", by) makes none.
    assert.deepEqual(reportNames("He was held in John Smith's house.", new Set(), 'en').localities, []);
    const es = reportNames('La red de Juan Pérez operaba en Puerto Nuevo.', new Set(), 'es');
    assert.deepEqual(es.names, ['juan perez']);
    assert.deepEqual(es.localities, ['puerto nuevo']);
  });
});

describe('one coffee-farm rescue told in Portuguese and by a wire in English', async () => {
  const analyzer = await loadAnalyzer();
  const print = (title: string, text: string, at: string): StoryPrint => {
    const a = analyzer.analyze({ id: title, title, text });
    const p = articlePrints(title, text, a);
    return { incident: p.incident!, at: Date.parse(at), dated: true, shingles: p.near.shingles };
  };
  const pt = print(
    'Fiscalização resgata 27 trabalhadores em fazenda de café em Minas',
    'Auditores-fiscais do trabalho resgataram 27 trabalhadores em condições análogas à escravidão em uma fazenda de ' +
      'café no município de Três Corações, no Sul de Minas. O empregador foi notificado a pagar R$ 318 mil em verbas ' +
      'rescisórias. Os trabalhadores dormiam em barracos sem banheiro.',
    '2025-06-03T12:00:00Z',
  );
  const wire = print(
    'Brazil rescues 27 coffee pickers from slave-like conditions',
    'SAO PAULO (Northwind Wire) — Brazilian labour inspectors rescued 27 coffee pickers from conditions analogous to ' +
      'slavery on a farm in southern Minas Gerais, the Labour Ministry said on Wednesday. The farm owner agreed to pay ' +
      '318,000 reais in severance.',
    '2025-06-04T09:00:00Z',
  );
  it("the wire's dateline city is not a place of the case", () => {
    assert.ok(!wire.incident.cityNames.includes('sao paulo'));
  });
  it('the two reports tell one incident', () => {
    const c = compareReports(pt, wire);
    assert.ok(c.same, c.evidence.join('; '));
    assert.ok(c.evidence.some((e) => e.startsWith('sums 318000')));
  });
  it('a look-alike a month later, other count and sum, stays apart', () => {
    const other = print(
      'Fiscalização resgata 12 trabalhadores em fazenda de café em Minas',
      'Auditores-fiscais resgataram 12 trabalhadores em condições análogas à escravidão em uma fazenda de café em ' +
        'Campos Gerais, no Sul de Minas. O empregador pagará R$ 95 mil.',
      '2025-07-08T12:00:00Z',
    );
    assert.equal(compareReports(pt, other).same, false);
  });
});

describe('a follow-up months later that recalls the month of its case', async () => {
  const analyzer = await loadAnalyzer();
  const print = (title: string, text: string, at: string): StoryPrint => {
    const a = analyzer.analyze({ id: title, title, text });
    const p = articlePrints(title, text, a);
    return { incident: p.incident!, at: Date.parse(at), dated: true, shingles: p.near.shingles };
  };
  const raid = print(
    'Three arrested as 16 slavery victims found in Wisbech',
    'Three people were arrested after 16 men were found living in overcrowded houses in Wisbech. Two men, aged 41 and ' +
      '27, and a 36-year-old woman, all Lithuanian nationals, were arrested on suspicion of modern slavery offences.',
    '2024-03-12T10:00:00Z',
  );
  const sentencing = print(
    'Trio jailed for exploiting Lithuanian workers',
    'Three people who controlled the wages of Lithuanian men working in Cambridgeshire have been jailed. Tomas ' +
      'Vaitkus, 41, was sentenced to seven years; Rasa Vaitkiene, 36, and Jonas Petraitis, 27, received four years ' +
      'each. The three were arrested in March when police raided houses in Wisbech.',
    '2024-10-04T10:00:00Z',
  );
  it('names the month the earlier report appeared in, and their ages: one case', () => {
    const c = compareReports(raid, sentencing);
    assert.ok(c.same, c.evidence.join('; '));
    assert.ok(c.evidence.includes(`recalls the month +${RECALLED_MONTH}`));
  });
  it('another raid in the same town, other ages, stays apart', () => {
    const other = print(
      'Trio jailed over Wisbech slavery ring',
      'Three people were jailed for exploiting Latvian men in Wisbech. Ivars Ozols, 52, Anna Liepa, 44, and Juris ' +
        'Kalns, 39, were arrested in June after a raid.',
      '2024-10-04T10:00:00Z',
    );
    assert.equal(compareReports(raid, other).same, false);
  });
});

describe('what a count counts, across languages', () => {
  for (const [text, lang, want] of [
    ['wurden insgesamt elf Verdächtige festgenommen und zwölf Opfer identifiziert.', 'de', ['11:arrests', '12:people']],
    ['au fost identificate 12 victime, iar 7 suspecți au fost reținuți', 'ro', ['12:people', '7:arrests']],
    ['polisi menetapkan 9 tersangka dan menyelamatkan 21 korban', 'id', ['21:people', '9:arrests']],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(readNumbers(text, lang).counts, want));
  }
  it('Romanian "900.000 de euro" is a sum, not a count', () => {
    const r = readNumbers('au câștigat 900.000 de euro din exploatarea a 30 de femei', 'ro');
    assert.deepEqual([r.money, r.numbers], [[900000], [30]]);
  });
});

describe('Thai ages, Buddhist-era years and hotlines', () => {
  it('"อายุ 56 ปี" is an age; "พ.ศ. 2551" and "สายด่วน 1300" are no counts', () => {
    const r = readNumbers('จับกุมเจ้าของเรือ อายุ 56 ปี ตามพระราชบัญญัติ พ.ศ. 2551 แจ้งได้ที่สายด่วน 1300', 'th');
    assert.deepEqual([r.numbers, r.ages], [[], [56]]);
  });
  it('a Buddhist-era year after a Thai month, a hotline glued to the verb and "24 ชั่วโมง" are no counts', () => {
    const r = readNumbers('พบลูกเรือกัมพูชา 11 คน เมื่อวันที่ 25 มีนาคม 2567 หากพบเบาะแสแจ้งสายด่วน 1300 ได้ตลอด 24 ชั่วโมง', 'th');
    assert.deepEqual(r.numbers, [11]);
  });
});

describe('Hindi sections, ranges and hours', () => {
  it('"धारा 143" cites a law; "9 से 14 वर्ष" is an age range; "12 से 14 घंटे" are hours', () => {
    const r = readNumbers(
      'पुलिस ने 22 बाल श्रमिक मुक्त कराए, उम्र 9 से 14 वर्ष के बीच। बच्चों से रोज 12 से 14 घंटे काम कराया जाता था। ' +
        'भारतीय न्याय संहिता की धारा 143 के तहत मामला दर्ज।',
      'hi',
    );
    assert.deepEqual(r.numbers, [22]);
  });
});

describe('numbers in languages whose accents carry meaning, and dates said with a word', () => {
  it('Vietnamese "tạm", "sau", "năm" are no number words; "tháng 6", "SN 1989", "Điều 150" no counts', () => {
    const r = readNumbers(
      'bắt tạm giam 3 đối tượng về tội Mua bán người theo Điều 150. Nhung (SN 1989) từ tháng 6 đến tháng 11/2024. ' +
        'Sau khi sang Dubai, chín phụ nữ đã được giải cứu.',
      'vi',
    );
    assert.deepEqual(r.numbers, [9]);
  });
  it('a Thai day before a dotted month and a Buddhist-era year after it are no counts ("13 ต.ค. 2568")', () => {
    const r = readNumbers('เมื่อวันที่ 13 ต.ค. 2568 เจ้าหน้าที่ได้ส่งตัว หญิง 19 คน', 'th');
    assert.deepEqual(r.numbers, [19]);
  });
  it('years of a sentence told before the number ("un emprisonnement de deux à cinq ans") are no ages', () => {
    const r = readNumbers(
      "La loi punit d'un emprisonnement de deux à cinq ans quiconque. Dix-huit talibés âgés de 5 à 13 ans, dont un garçon de 8 ans.",
      'fr',
    );
    assert.deepEqual([r.ages, r.ranges], [[8], ['5-13']]);
  });
  it('a law cited by its number ("Act 694") gives no count', () => {
    assert.deepEqual(
      readNumbers('under the Human Trafficking Act, 2005 (Act 694), police freed 19 children', 'en').numbers,
      [19],
    );
  });
  it('a naira sign needs no letter before it ("SN 1989" is no sum)', () => {
    assert.deepEqual(readNumbers('Nhung (SN 1989) paid N 5,000 to 12 women', 'en').money, [5000]);
  });
  it('ages in a list in several languages, and an Indonesian teen number', () => {
    for (const [text, lang] of [
      ['Συνελήφθησαν τρεις ύποπτοι, ηλικίας 34, 41 και 52 ετών.', 'el'],
      ['Zatrzymano trzech podejrzanych w wieku 34, 41 i 52 lat.', 'pl'],
      ['Drei Verdächtige im Alter von 34, 41 und 52 Jahren wurden festgenommen.', 'de'],
      ['Tiga tersangka berusia 34, 41 dan 52 tahun ditangkap.', 'id'],
    ] as const)
      assert.deepEqual(readNumbers(text, lang).ages, [34, 41, 52], lang);
    assert.deepEqual(readNumbers('Polisi menyelamatkan empat belas perempuan.', 'id').numbers, [14]);
  });
});

describe('Arabic sums, law numbers and hotlines; a nationality before a currency', () => {
  it('"150 ألف جنيه" is a sum; "رقم 64" and "الرقم 911" are no counts', () => {
    const r = readNumbers('يبيعون الطفل بـ 150 ألف جنيه. القانون رقم 64 لسنة 2010. عبر الرقم 911.', 'ar');
    assert.deepEqual([r.numbers, r.money], [[], [150000]]);
  });
  it('"150,000 Egyptian pounds" is a sum', () => {
    assert.deepEqual(readNumbers('sold for 150,000 Egyptian pounds each', 'en').money, [150000]);
  });
});

describe('more languages: juxtaposed numbers, sums in Cyrillic, ages ending in "de ani"', () => {
  it('Turkish "on dört" and Vietnamese "mười bốn" are 14', () => {
    assert.deepEqual(readNumbers('Polis on dört kadını kurtardı.', 'tr').numbers, [14]);
    assert.deepEqual(readNumbers('Công an đã giải cứu mười bốn phụ nữ.', 'vi').numbers, [14]);
  });
  it('"5000 евро", "5.000 evra", "5000 eurós" are sums', () => {
    assert.deepEqual(readNumbers('Жените дължали по 5000 евро.', 'bg').money, [5000]);
    assert.deepEqual(readNumbers('Žene su dugovale po 5.000 evra.', 'sr').money, [5000]);
    assert.deepEqual(readNumbers('A nőknek 5000 eurós adósságot kellett ledolgozniuk.', 'hu').money, [5000]);
  });
  it('Romanian "în vârstă de 34, 41 și 52 de ani" and Turkish "34, 41 ve 52 yaşlarındaki" are ages', () => {
    assert.deepEqual(
      readNumbers('Trei suspecți, în vârstă de 34, 41 și 52 de ani, au fost reținuți.', 'ro').ages,
      [34, 41, 52],
    );
    assert.deepEqual(readNumbers('34, 41 ve 52 yaşlarındaki üç şüpheli gözaltına alındı.', 'tr').ages, [34, 41, 52]);
  });
});
