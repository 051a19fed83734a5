import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

// Sentences composed for this test (fictional events). A town's name of two words declines in both words ("Banja
// Luka" → "u Banjoj Luci", Luka → Luci): the declined-stem rule reads one word, so data/gazetteer/city-aliases.tsv lists
// the locative and genitive of the big ones, in Latin and Cyrillic.
describe('towns of two words, declined', () => {
  for (const [lang, text, want] of [
    ['sr', 'Policija je u Banjoj Luci uhapsila muškarca zbog trgovine ljudima.', 'Banja Luka/BA'],
    ['bs', 'Djevojke su dovedene iz Banje Luke.', 'Banja Luka/BA'],
    ['bs', 'Policija je u Banjaluci uhapsila muškarca.', 'Banja Luka/BA'],
    ['sr', 'Полиција је у Бањој Луци ухапсила мушкарца.', 'Banja Luka/BA'],
    ['sr', 'Девојке су доведене из Бање Луке.', 'Banja Luka/BA'],
    ['sr', 'Девојке су доведене из Бањалуке.', 'Banja Luka/BA'],
    ['pl', 'Policja zatrzymała mężczyznę w Zielonej Górze.', 'Zielona Góra/PL'],
    ['sk', 'Polícia zadržala muža v Banskej Bystrici.', 'Banská Bystrica/SK'],
    ['uk', 'Поліція затримала чоловіка у Кривому Розі.', 'Kryvyi Rih/UA'],
    ['ru', 'Женщину привезли из Нижнего Новгорода.', 'Nizhniy Novgorod/RU'],
  ] as const) {
    it(`${lang}: ${text}`, () => {
      const places = where(text, lang).places.map((p) => `${p.name}/${p.country}`);
      assert.ok(places.includes(want), places.join(', '));
    });
  }
});
