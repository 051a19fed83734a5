// A report that recalls an earlier case ("days after 120 workers were freed from the Vinhedo Norte farms") tells
// that case's names and numbers in passing: they are no evidence that it is the same case (fictional reports).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReports, type StoryPrint } from '../../../src/dedup/compare.ts';
import { shingleSet } from '../../../src/dedup/fingerprint.ts';
import { incidentPrint } from '../../../src/dedup/incident.ts';
import { recalledSpans, withoutRecalled } from '../../../src/dedup/recalled.ts';
import type { Analysis } from '../../../src/model/analysis.ts';

function report(language: string, title: string, text: string, at: string): StoryPrint {
  const a: Analysis = {
    id: 'x',
    language,
    relevant: true,
    relevance: 0.9,
    incident: true,
    types: ['labour'],
    countries: ['BR'],
    places: [],
    minors: null,
    victims: null,
    evidence: [],
    flags: [],
  };
  return { incident: incidentPrint(title, text, a), at: Date.parse(at), shingles: shingleSet(`${title}\n\n${text}`) };
}

describe('sentences that recall another event', () => {
  it('spans from the phrase to the end of its sentence, accents and case aside', () => {
    const text = 'Foram resgatados 12 homens. Isso ocorreu Poucos dias APÓS 120 trabalhadores serem libertados. Fim.';
    const spans = recalledSpans(text, 'pt');
    assert.equal(spans.length, 1);
    assert.equal(text.slice(spans[0]![0], spans[0]![1]), 'dias APÓS 120 trabalhadores serem libertados');
    assert.equal(withoutRecalled(text, spans).length, text.length);
    assert.deepEqual(recalledSpans('In a separate case, two men were charged.', 'de').length, 1);
    assert.deepEqual(recalledSpans('Nothing is recalled here; the raid came after a tip-off.', 'en'), []);
  });

  it('Thai, Chinese and Japanese phrases match without word boundaries; a Thai abbreviation dot ends no sentence', () => {
    const th = 'ส่งตัว 63 คน\nก่อนหน้านี้ เมื่อวันที่ 22 ก.ย. ที่ผ่านมา มีการส่งตัว ชาวต่างชาติ 130 คน\nต่อไป';
    const [s] = recalledSpans(th, 'th');
    assert.ok(s && th.slice(s[0], s[1]).endsWith('130 คน'));
    const zh = '警方解救了12名妇女。在另一起案件中，警方逮捕了3人。此后';
    assert.deepEqual(
      recalledSpans(zh, 'zh').map(([a, b]) => zh.slice(a, b)),
      ['在另一起案件中，警方逮捕了3人'],
    );
    // (Voiced kana keep their mark when folded: "では" is not read as "ては".)
    const ja = '警察は女性5人を保護した。別の事件では、男2人が逮捕された。';
    assert.deepEqual(
      recalledSpans(ja, 'ja').map(([a, b]) => ja.slice(a, b)),
      ['別の事件では、男2人が逮捕された'],
    );
  });

  it('a case said to be unlinked to an earlier one recalls it; a Hindi sentence ends at its danda', () => {
    const es =
      'Liberadas once mujeres colombianas. Los investigadores no han encontrado relación con la red de mujeres ' +
      'paraguayas desmantelada el pasado mes de febrero. Cuatro detenidos.';
    const [span] = recalledSpans(es, 'es');
    assert.ok(span && es.slice(span[0], span[1]).includes('febrero'));
    assert.ok(!es.slice(span[0], span[1]).includes('Cuatro'));
    const hi = 'यह इस महीने का दूसरा ऐसा मामला है जिसमें 14 लोग मुक्त हुए। पुलिस ने 3 आरोपियों को पकड़ा।';
    const spans = recalledSpans(hi, 'hi');
    assert.equal(spans.length, 1);
    assert.ok(!hi.slice(spans[0]![0], spans[0]![1]).includes('पुलिस'));
  });

  it('a later case that recalls an earlier one by its names and count does not join it', () => {
    const first = report(
      'pt',
      '120 trabalhadores resgatados',
      'Fiscais resgataram 120 trabalhadores nas fazendas da Agropecuária Vinhedo Norte e da Cooperativa Serra Alta.',
      '2025-02-20T10:00:00Z',
    );
    const later = report(
      'pt',
      'Mais 9 trabalhadores resgatados',
      'A prefeitura resgatou 9 homens numa casa. O resgate aconteceu poucos dias após 120 trabalhadores serem ' +
        'resgatados das fazendas da Agropecuária Vinhedo Norte e da Cooperativa Serra Alta.',
      '2025-03-01T10:00:00Z',
    );
    const c = compareReports(first, later);
    assert.equal(c.same, false, c.evidence.join('; '));
    assert.ok(!c.evidence.some((e) => e.startsWith('names') || e.startsWith('numbers')), c.evidence.join('; '));
    const told = report(
      'pt',
      'Trabalhadores resgatados',
      'A Agropecuária Vinhedo Norte e a Cooperativa Serra Alta mantinham 120 trabalhadores em fazendas.',
      '2025-02-21T10:00:00Z',
    );
    const read = compareReports(first, told).evidence;
    assert.ok(
      read.some((e) => e.startsWith('numbers 120')),
      read.join('; '),
    );
  });
});
