import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tokenize } from '../../../src/analyze/cues/tokens.ts';
import { loadPrivacyWords, privacyFlags } from '../../../src/analyze/privacy/flags.ts';
import { redact } from '../../../src/analyze/privacy/redact.ts';
import { dataPath } from '../../../src/lib/paths.ts';

// Sentences composed for these tests: fictional people, schools and house numbers; no third-party text.
// Each language has details that are flagged (a name, an address, a school, a photo caption) and near misses that
// are not (a suspect named, as the English rule leaves a suspect alone; a street without a number; a sentence opener
// or a photo credit that looks like a name; an adult's age).

/** [language, text, the quotes flagged in order] (schools are flagged only when children are among the victims). */
const FLAGGED: [string, string, string[]][] = [
  ['en', 'Police said the victim, named as Grace Obi, had been held for months.', ['Grace Obi']],
  ['en', 'Grace Obi, aged 15, was freed on Monday.', ['Grace Obi, aged 15']],
  ['en', 'Amina Bello, 14 years old, was freed.', ['Amina Bello, 14 years old']],
  ['en', 'She lived at 14 Rue de Rivoli in Paris.', ['14 Rue de Rivoli']],
  ['es', 'La víctima, identificada como Lucía Rojas, fue rescatada en Cali.', ['Lucía Rojas']],
  [
    'es',
    'Valentina, de 14 años, vivía en la calle de Alcalá 27, en Madrid.',
    ['Valentina, de 14 años', 'calle de Alcalá 27'],
  ],
  ['es', 'La niña estudiaba en el Colegio San Martín de Porres.', ['Colegio San Martín de Porres']],
  ['es', 'En la foto, Camila Torres junto a su madre.', ['Camila Torres']],
  ['pt', 'A vítima, identificada como Ana Souza, foi resgatada em Recife.', ['Ana Souza']],
  [
    'pt',
    'Larissa, de 13 anos, morava na Rua das Palmeiras, 120, em Belém.',
    ['Larissa, de 13 anos', 'Rua das Palmeiras, 120'],
  ],
  ['pt', 'Ela estudava na Escola Estadual Professor Carlos Lima.', ['Escola Estadual Professor Carlos Lima']],
  ['pt', 'Na foto, Beatriz Alves ao lado da mãe.', ['Beatriz Alves']],
  ['fr', 'Une adolescente prénommée Inès a été retrouvée à Lyon.', ['Inès']],
  ['fr', 'Léa, 14 ans, était logée au 12, rue des Lilas à Nantes.', ['Léa, 14 ans', '12, rue des Lilas']],
  ['fr', 'La victime était scolarisée au collège Jean-Moulin.', ['collège Jean-Moulin']],
  ['fr', 'Sur la photo, Chloé Martin devant le tribunal.', ['Chloé Martin']],
  ['it', 'La vittima, una ragazza di nome Giulia, è stata liberata.', ['Giulia']],
  ['it', 'Martina, 15 anni, era ospitata in via Garibaldi 14 a Torino.', ['Martina, 15 anni', 'via Garibaldi 14']],
  ['it', 'La bambina frequentava la scuola media Dante Alighieri.', ['scuola media Dante Alighieri']],
  ['it', 'Nella foto, Sofia Ricci con la madre.', ['Sofia Ricci']],
  ['de', 'Das Opfer, ein Mädchen namens Lena, wurde befreit.', ['Lena']],
  ['de', 'Lena M. (14) wurde in Köln gefunden.', ['Lena M. (14)']],
  ['de', 'Mia, 13 Jahre alt, lebte in der Lindenstraße 8 in Bremen.', ['Mia, 13 Jahre alt', 'Lindenstraße 8']],
  [
    'de',
    'Sie wohnte in der Berliner Straße 12, dann in der Friedrich-Ebert-Straße 3, und besuchte die Anne-Frank-Schule.',
    ['Berliner Straße 12', 'Friedrich-Ebert-Straße 3', 'Anne-Frank-Schule'],
  ],
  ['de', 'Im Bild: Sophie Weber vor dem Gericht.', ['Sophie Weber']],
  ['nl', 'Het slachtoffer, een meisje genaamd Sanne, werd bevrijd.', ['Sanne']],
  ['nl', 'Sanne, 14 jaar, woonde aan de Kerkstraat 12 in Utrecht.', ['Sanne, 14 jaar', 'Kerkstraat 12']],
  ['nl', 'Ze zat op basisschool De Regenboog.', ['basisschool De Regenboog']],
  ['nl', 'Op de foto: Emma Visser met haar moeder.', ['Emma Visser']],
  ['id', 'Korban, seorang gadis bernama Siti Aminah, berhasil diselamatkan.', ['Siti Aminah']],
  ['id', 'Dewi, 15 tahun, tinggal di Jalan Merdeka No. 17, Bandung.', ['Dewi, 15 tahun', 'Jalan Merdeka No. 17']],
  ['id', 'Korban adalah siswi SMP Negeri 3 Bogor.', ['SMP Negeri 3 Bogor']],
  ['id', 'Dalam foto, Rina Wulandari bersama ibunya.', ['Rina Wulandari']],
  ['tl', 'Ang biktima na si Maria Santos ay nailigtas ng mga pulis.', ['Maria Santos']],
  [
    'tl',
    'Ayon sa pulis, si Ana Reyes, 14 anyos, ay nakatira sa 45 Rizal Street.',
    ['Ana Reyes, 14 anyos', '45 Rizal Street'],
  ],
  ['tl', 'Nag-aaral ang bata sa Mababang Paaralan ng Malabon.', ['Mababang Paaralan ng Malabon']],
  ['tl', 'Nasa larawan si Liza Cruz kasama ang kanyang ina.', ['Liza Cruz']],
  ['ro', 'Victima, o fată pe nume Ioana, a fost salvată.', ['Ioana']],
  ['ro', 'Andreea, 15 ani, locuia pe strada Florilor nr. 7 din Iași.', ['Andreea, 15 ani', 'strada Florilor nr. 7']],
  ['ro', 'Fetița era elevă la Școala Gimnazială nr. 5 din Cluj.', ['Școala Gimnazială nr. 5']],
  ['ro', 'În imagine, Maria Popescu alături de mama sa.', ['Maria Popescu']],
  ['pl', 'Ofiara, 15-letnia dziewczynka o imieniu Zuzanna, trafiła pod opiekę.', ['Zuzanna']],
  ['pl', 'Zuzanna, 14 lat, mieszkała przy ul. Długiej 15 w Gdańsku.', ['Zuzanna, 14 lat', 'ul. Długiej 15']],
  ['pl', 'Była uczennicą Szkoły Podstawowej nr 12 w Lublinie.', ['Szkoły Podstawowej nr 12']],
  ['pl', 'Na zdjęciu: Natalia Nowak z matką.', ['Natalia Nowak']],
  ['ru', 'Полиция нашла девочку по имени Маша в Москве.', ['Маша']],
  ['ru', 'Маша, 14 лет, жила на улице Ленина, д. 5.', ['Маша, 14 лет', 'улице Ленина, д. 5']],
  ['ru', 'Она училась в школе № 12.', ['школе № 12']],
  ['ru', 'На фото: Анна Петрова с матерью.', ['Анна Петрова']],
  ['uk', 'Поліція знайшла дівчинку на ім’я Оксана.', ['Оксана']],
  ['uk', 'Оксана, 13 років, мешкала на вул. Шевченка, 12.', ['Оксана, 13 років', 'вул. Шевченка, 12']],
  ['uk', 'Вона навчалася у школі № 5.', ['школі № 5']],
  ['uk', 'На фото: Ірина Коваль з матір’ю.', ['Ірина Коваль']],
  ['el', 'Το θύμα, ένα κορίτσι με το όνομα Ελένη, απελευθερώθηκε.', ['Ελένη']],
  ['el', 'Η Ελένη, 14 ετών, έμενε στην οδό Ερμού 25 στην Αθήνα.', ['Ελένη, 14 ετών', 'οδό Ερμού 25']],
  ['el', 'Η μαθήτρια πήγαινε στο Γυμνάσιο Καλαμαριάς.', ['Γυμνάσιο Καλαμαριάς']],
  ['el', 'Στη φωτογραφία η Μαρία Παπαδοπούλου με τη μητέρα της.', ['Μαρία Παπαδοπούλου']],
  ['tr', 'Ayşe adlı 14 yaşındaki kız kurtarıldı.', ['Ayşe']],
  ['tr', 'Dün Ayşe adlı kız Atatürk Caddesi No: 12 adresinde bulundu.', ['Ayşe', 'Atatürk Caddesi No: 12']],
  ['tr', 'Kız, Cumhuriyet İlkokulu öğrencisiydi.', ['Cumhuriyet İlkokulu']],
  ['tr', 'Fotoğrafta: Elif Kaya annesiyle.', ['Elif Kaya']],
];

/** [language, text]: nothing is flagged, even with children among the victims. */
const NOT_FLAGGED: [string, string][] = [
  ['en', 'The suspect, identified as Tom Reed, was arrested.'],
  ['en', 'Twelve migrants were smuggled via Libya, 12 of them children.'],
  ['en', 'Photo: Reuters/John Smith'],
  ['es', 'El detenido, identificado como Jorge Pérez, quedó en prisión.'],
  ['es', 'Menor, de 14 años, rescatada en Cali. La calle Mayor estaba cerrada. Foto: Archivo'],
  ['pt', 'O suspeito, identificado como Paulo Reis, foi preso. Foto: Divulgação'],
  ['pt', 'Larissa Souza, de 34 anos, foi presa na rua Augusta.'],
  ['fr', 'Le prévenu, identifié comme Marc Roux, a été écroué.'],
  ['fr', 'Victime, 16 ans, elle témoigne rue de la Paix.'],
  ['it', "L'indagato, noto come Carlo Neri, abitava in via Roma."],
  ['de', 'Das Mädchen (14) wurde gerettet. Der Angeklagte, bekannt als Max, wohnte in der Hauptstraße.'],
  ['nl', 'De verdachte, bekend als Karel, woonde in de Kerkstraat.'],
  ['id', 'Tersangka bernama Budi Santoso ditangkap. (Foto: Antara/Rizky) Foto: Istimewa'],
  ['id', 'SMP Tersangka Pembunuhan Bocah Ditutup'],
  ['tl', 'Ang suspek na si Pedro Cruz ay inaresto.'],
  ['ro', 'Suspectul, cunoscut ca Dan, locuia pe strada Florilor. Foto: Arhivă'],
  ['pl', 'Podejrzany o imieniu Marek mieszkał przy ul. Długiej.'],
  ['ru', 'Подозреваемый по имени Иван задержан на улице Ленина.'],
  ['uk', 'Підозрюваного на ім’я Петро затримали на вул. Шевченка.'],
  ['el', 'Ο ύποπτος, γνωστός ως Νίκος, συνελήφθη στην οδό Ερμού.'],
  ['tr', 'Mehmet adlı şüpheli tutuklandı. Foto: Arşiv'],
];

describe('privacy flags in other languages (data/lexicons/privacy/words.json)', () => {
  for (const [lang, text, quotes] of FLAGGED) {
    it(`${lang}: flags ${quotes.join(' / ')}`, () => {
      const flags = privacyFlags(text, true);
      assert.deepEqual(
        flags.map((f) => f.quote),
        quotes,
      );
      for (const f of flags) assert.equal(text.slice(f.start, f.end), f.quote);
    });
  }

  for (const [lang, text] of NOT_FLAGGED) {
    it(`${lang}: flags nothing in "${text.slice(0, 50)}"`, () => {
      assert.deepEqual(privacyFlags(text, true), []);
    });
  }

  it('has a flagged case and a near miss for every language of the word file', () => {
    const words = loadPrivacyWords();
    const langs = new Set(
      Object.values(words)
        .flatMap((byLang) => Object.keys(byLang))
        .filter((l) => l !== '*'),
    );
    for (const lang of langs) {
      assert.ok(
        FLAGGED.some(([l]) => l === lang),
        `${lang}: no flagged case`,
      );
      assert.ok(
        NOT_FLAGGED.some(([l]) => l === lang),
        `${lang}: no near miss`,
      );
    }
  });

  it('reads the other spellings of apostrophes and Romanian letters', () => {
    const quotes = (text: string) => privacyFlags(text, true).map((f) => f.quote);
    assert.deepEqual(quotes('Fetiţa era elevă la Şcoala Gimnazială nr. 5.'), ['Şcoala Gimnazială nr. 5']);
    assert.deepEqual(quotes("Поліція знайшла дівчинку на ім'я Оксана."), ['Оксана']);
  });

  it('flags a school in any language only when children are among the victims', () => {
    for (const text of ['La niña estudiaba en el Colegio San José.', 'Korban adalah siswi SMP Negeri 3 Bogor.']) {
      assert.equal(privacyFlags(text, true).length, 1, text);
      assert.deepEqual(privacyFlags(text, false), [], text);
    }
  });

  it('does not depend on the language of the text around a detail', () => {
    const text = 'Police said the girl had lived at Rua das Palmeiras, 120, in Belém.';
    assert.deepEqual(
      privacyFlags(text, false).map((f) => f.quote),
      ['Rua das Palmeiras, 120'],
    );
  });

  it('withholds what it flags on public text', () => {
    const text = 'La víctima, identificada como Lucía Rojas, vivía en la calle de Alcalá 27. Lucía tiene 14 años.';
    assert.equal(
      redact(text, privacyFlags(text, true)),
      'La víctima, identificada como [name withheld], vivía en la [address withheld]. [name withheld] tiene 14 años.',
    );
  });

  it('refuses a word file with an unknown role or a naming word without person words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'privacy-words-'));
    const file = join(dir, 'words.json');
    const real = JSON.parse(readFileSync(dataPath('lexicons', 'privacy', 'words.json'), 'utf8'));
    writeFileSync(file, JSON.stringify({ ...real, streets: { en: ['Street'] } }));
    assert.throws(() => loadPrivacyWords(file), /unknown role streets/);
    writeFileSync(file, JSON.stringify({ ...real, naming: { ...real.naming, xx: ['named'] } }));
    assert.throws(() => loadPrivacyWords(file), /naming\.xx has no person words/);
    writeFileSync(file, JSON.stringify({ ...real, person: { ...real.person, en: ['girl', ' boy'] } }));
    assert.throws(() => loadPrivacyWords(file), /person\.en: a list of words/);
  });
});

// The analyzer passes the text's tokens, and a rule none of whose phrases' key words is among them is skipped: the
// flags must be the same as when every rule reads the text.
describe('privacy flags gated by the text words', () => {
  it('flags exactly what the ungated rules flag, for every case above', () => {
    for (const [lang, text] of [...FLAGGED, ...NOT_FLAGGED]) {
      for (const minors of [true, false]) {
        const words = tokenize(text).lower;
        assert.deepEqual(privacyFlags(text, minors, words), privacyFlags(text, minors), `${lang}: ${text}`);
      }
    }
  });
  it('skips a rule whose words are absent (a street rule on a text with no street word)', () => {
    const text = 'She lived at 14 Rue de Rivoli in Paris.';
    assert.deepEqual(privacyFlags(text, false, ['she', 'lived', 'at', '14']), []);
  });
});
