import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Sentences composed for this test (fictional people). Foreign and home cities named in Ukrainian, Russian,
// Bulgarian, Serbian, Macedonian, Belarusian and Greek (data/gazetteer/city-aliases.tsv), in their declined forms:
// the declined-stem rule reads a Cyrillic name in any of these languages, and names ending in й are read before a case
// ending of the text's language (data/lexicons/places/words.json, case_ending).
describe('foreign cities named in Cyrillic and Greek, declined', () => {
  for (const [lang, text, want] of [
    ['uk', 'Поліція затримала чоловіка поблизу Дрездена.', ['DE']],
    ['uk', 'Жінку, яку тримали у Дрездені, звільнили.', ['DE']],
    ['uk', 'Дві жінки працювали в Мюнхені без документів.', ['DE']],
    ['uk', 'Організатора затримали у Варшаві.', ['PL']],
    ['uk', 'Олена з Харкова поїхала до Мюнхена.', ['DE', 'UA']],
    ['uk', 'Її знайшли у Гамбурзі, а вербувальника — у Кракові.', ['DE', 'PL']],
    ['uk', 'Жінок вивезли до Дубая, а потім у Дубаї продали.', ['AE']],
    ['uk', 'Дівчат відправили у Тель-Авів.', ['IL']],
    ['ru', 'Девушек удерживали в Дубае.', ['AE']],
    ['ru', 'Мужчин держали в Стамбуле.', ['TR']],
    ['ru', 'Организатора задержали во Франкфурте.', ['DE']],
    ['ru', 'Женщины работали в Лейпциге и Ханое.', ['DE', 'VN']],
    ['ru', 'Ее вывезли в Паттайю, затем в Пномпень.', ['KH', 'TH']],
    ['bg', 'Жените бяха открити в Манчестър.', ['GB']],
    ['bg', 'Мъжът е задържан в Хановер.', ['DE']],
    ['sr', 'Девојке су држане у Истанбулу.', ['TR']],
    ['sr', 'Жене су радиле у Бечу и Грацу.', ['AT']],
    ['sr', 'Мушкарац је ухапшен у Лајпцигу.', ['DE']],
    ['mk', 'Жените беа однесени во Дрезден.', ['DE']],
    ['be', 'Жанчыну знайшлі ў Берліне.', ['DE']],
    ['el', 'Η γυναίκα συνελήφθη στη Θεσσαλονίκη.', ['GR']],
    ['el', 'Οι γυναίκες εργάζονταν στο Μόναχο.', ['DE']],
    ['el', 'Οι γυναίκες μεταφέρθηκαν στη Λειψία και στη Δρέσδη.', ['DE']],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(countries(text, lang), [...want]));
  }
});

// Towns of Serbia and Bosnia written in Cyrillic from their Latin names (data/gazetteer/serbian-cyrillic.tsv); a name in
// -ac or -ak loses its a when declined ("Крагујевац" → "у Крагујевцу", "Čačak" → "iz Čačka").
describe('Serbian towns in Cyrillic', () => {
  for (const [text, want] of [
    ['Мушкарац је ухапшен у Крагујевцу.', ['RS']],
    ['Девојка из Чачка је пронађена.', ['RS']],
    ['Полиција у Новом Саду је ухапсила двојицу мушкараца.', ['RS']],
    ['Жене су држане у Зеници и Тузли.', ['BA']],
    ['Uhapšen je u Kragujevcu.', ['RS']],
  ] as const) {
    it(text, () => assert.deepEqual(countries(text, 'sr'), [...want]));
  }
  it('a town name that is an ordinary word is no place', () => {
    assert.deepEqual(countries('Високо је подигао заставу. Плав аутомобил је стао.', 'sr'), []);
  });
});

describe('no place in ordinary Cyrillic text', () => {
  for (const [lang, text] of [
    [
      'uk',
      'Уряд обговорював нові правила для роботодавців. Міністр сказав, що зміни набудуть чинності восени. ' +
        'Вчителі, лікарі та водії чекають на підвищення зарплат. Ціни на хліб і молоко зросли за місяць. ' +
        'Пафосні промови тривали годину. Рима Іванівна та Лариса Петрівна відвідали школу.',
    ],
    [
      'ru',
      'Правительство обсуждало новые правила для работодателей. Министр сказал, что изменения вступят в силу ' +
        'осенью. Учителя, врачи и водители ждут повышения зарплат. Пафос его речи удивил зал. Милана и Милан ' +
        'пришли вместе. Рима Петровна рассказала о встрече. Китаев и Китаева дали показания.',
    ],
    ['bg', 'Министърът каза, че промените ще влязат в сила през есента. Есен е любимият ми сезон. Милан дойде.'],
    ['sr', 'Министар је рекао да ће измене ступити на снагу на јесен. Милан Петровић и Милана су дошли.'],
  ] as const) {
    it(`${lang}: nothing found`, () => assert.deepEqual(countries(text, lang), []));
  }
});

// A given name that is also a declined form of a town's name (data/gazetteer/person-names.txt): "Мілана" is a woman's
// name and Milan's genitive. Alone it is the name; after a preposition, whose noun stands in an oblique case, the town.
describe('a given name that is a declined form of a town', () => {
  for (const [lang, text, want] of [
    ['uk', '19-річна Мілана розповіла поліції, що її змусили працювати.', []],
    ['uk', 'Потерпіла Мілана звернулася до поліції. Мама Мілани чекала вдома.', []],
    ['uk', 'Чоловік вивіз двох жінок до Мілана.', ['IT']],
    ['uk', 'Жінок повернули з Мілана, а вербувальника затримали у Мілані.', ['IT']],
    ['ru', '19-летняя Милана рассказала полиции, что ее заставили работать.', []],
    ['ru', 'Мужчина вывез двух женщин из Милана.', ['IT']],
  ] as const) {
    it(`${lang}: ${text}`, () => assert.deepEqual(countries(text, lang), [...want]));
  }
});
