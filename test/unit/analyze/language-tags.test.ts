import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Analyzer, loadAnalyzer } from '../../../src/analyze/analyzer.ts';
import { loadLanguageTags } from '../../../src/analyze/language/tags.ts';
import { loadLexicons } from '../../../src/analyze/lexicon.ts';

// Feeds tag their items with regional and script subtags ("zh-CN", "pt-BR") and other codes for a language ("nb"):
// each must find the lexicon of its language (data/lexicons/language/tags.json).
describe('language tags', () => {
  const tags = loadLanguageTags();
  it('reads regional and script subtags as their language', () => {
    const cases: [string, string][] = [
      ['zh-CN', 'zh'],
      ['zh-Hans', 'zh'],
      ['zh-TW', 'zh'],
      ['zh-Hant-HK', 'zh'],
      ['pt-BR', 'pt'],
      ['en-GB', 'en'],
      ['EN_us', 'en'],
      ['ur-PK', 'ur'],
      ['fa-IR', 'fa'],
      ['ne-NP', 'ne'],
      ['bn-BD', 'bn'],
      ['ja-JP', 'ja'],
    ];
    for (const [tag, code] of cases) assert.equal(tags(tag), code, tag);
  });
  it('reads other codes of a language as the one its lexicon and place words use', () => {
    for (const tag of ['nb', 'nn', 'nb-NO', 'no']) assert.equal(tags(tag), 'no', tag);
    assert.equal(tags('iw'), 'he');
    assert.equal(tags('fil-PH'), 'tl');
    assert.equal(tags('zh-yue'), 'yue');
    assert.equal(tags('prs-AF'), 'fa');
  });
  it('says nothing for tags that name no language', () => {
    for (const tag of ['', ' ', 'und', 'mul', 'x-house', 'en--', '12', null, undefined])
      assert.equal(tags(tag), undefined);
  });
  it('finds a lexicon for every tag of a language Lantern reads', () => {
    const lexicons = loadLexicons();
    for (const tag of [
      'zh-CN',
      'zh-Hant',
      'pt-BR',
      'en-GB',
      'ur-PK',
      'fa-IR',
      'nb',
      'nn',
      'fil',
      'ja-JP',
      'bn-IN',
      'es-419',
    ])
      assert.ok(lexicons.has(tags(tag)!), tag);
  });
});

describe('an article with a feed language tag', () => {
  let loaded: Promise<Analyzer> | undefined;
  const analyze = async (languageHint: string, title: string, text: string) => {
    loaded ??= loadAnalyzer();
    return (await loaded).analyze({ id: 't', title, text, languageHint });
  };
  it('reads a Chinese item tagged zh-CN with the Chinese lexicon', async () => {
    const a = await analyze(
      'zh-CN',
      '警方解救五名被拐卖妇女',
      '警方近日破获一起拐卖妇女案，解救被拐卖妇女五名，抓获犯罪嫌疑人三名。嫌疑人以介绍工作为名，将受害人骗至外地强迫卖淫。',
    );
    assert.equal(a.language, 'zh');
    assert.equal(a.relevant, true);
  });
  it('reads a Brazilian item tagged pt-BR with the Portuguese lexicon', async () => {
    const a = await analyze(
      'pt-BR',
      'Polícia resgata sete trabalhadores em condição análoga à escravidão',
      'Uma operação resgatou sete trabalhadores mantidos em condição análoga à escravidão numa fazenda de café. Eles trabalhavam sem salário e dormiam em alojamentos precários; o fazendeiro foi preso por tráfico de pessoas.',
    );
    assert.equal(a.language, 'pt');
    assert.equal(a.relevant, true);
  });
  it('reads a Norwegian item tagged nb with no.json', async () => {
    const a = await analyze(
      'nb',
      'Tre menn siktet for menneskehandel',
      'Politiet har siktet tre menn for menneskehandel etter at fire kvinner ble tvunget til prostitusjon i en leilighet. Kvinnene er tatt hånd om av hjelpeapparatet.',
    );
    assert.equal(a.language, 'no');
    assert.equal(a.relevant, true);
  });
});
