import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// The small words by role (data/lexicons/*.json `words`) that some languages lacked. Sentences composed for these
// tests (no third-party text, no real people or cases).

describe('small words by role, per language', () => {
  it('id: groups joined by "serta" are summed (and)', async () => {
    const r = await analyze(
      'Polisi menyelamatkan korban perdagangan orang',
      'Polisi menyelamatkan lima perempuan serta tiga anak korban perdagangan orang dari sebuah rumah di Batam.',
    );
    assert.equal(r.language, 'id');
    assert.equal(r.victims, 8);
  });

  it('sr: tens and units joined by "i" are one number ("dvadeset i pet") (tens_and)', async () => {
    const r = await analyze(
      'Policija oslobodila žrtve trgovine ljudima',
      'Policija je oslobodila dvadeset i pet žena, žrtava trgovine ljudima koje su bile prisiljene na prostituciju.',
    );
    assert.equal(r.victims, 25);
  });

  it('ar: an age range is read as its youngest age ("من 17 إلى 25 عاما") (range)', async () => {
    const r = await analyze(
      'تحرير نساء من شبكة للاتجار بالبشر',
      'حررت الشرطة نساء تتراوح أعمارهن من 17 إلى 25 عاما من شبكة للاتجار بالبشر والاستغلال الجنسي في العاصمة.',
    );
    assert.equal(r.language, 'ar');
    assert.equal(r.minors, true);
  });

  it('ar: "لمدة 3 سنوات" (for three years) is a length of time, not an age (duration_before)', async () => {
    const r = await analyze(
      'احتجاز عاملة منزلية',
      'قالت الشرطة إن عاملة منزلية من ضحايا الاتجار بالبشر احتجزت لمدة 3 سنوات في منزل دون أجر، وتم تحريرها واعتقال صاحب المنزل.',
    );
    assert.notEqual(r.minors, true);
  });

  it('bg: "5 години затвор" (five years in prison) is no age (duration_after)', async () => {
    const r = await analyze(
      'Жертва на трафик',
      'Жената, жертва на трафик на хора, е била държана 5 години затвор в къща, съобщи полицията. Трафикантът е задържан.',
    );
    assert.equal(r.language, 'bg');
    assert.notEqual(r.minors, true);
  });

  it('tl: "3 taon nakalipas" (three years ago) is no age (duration_after)', async () => {
    const r = await analyze(
      'Biktima ng human trafficking',
      'Ang babae, biktima ng human trafficking, ay nakulong 3 taon nakalipas sa isang bahay sa Maynila.',
    );
    assert.notEqual(r.minors, true);
  });

  it('id: the police who speak before the count are not counted ("Polisi mengatakan 30") (said)', async () => {
    const r = await analyze(
      'Polisi selamatkan korban perdagangan orang',
      'Polisi mengatakan 30 perempuan korban perdagangan orang berhasil diselamatkan dari sebuah rumah di Batam.',
    );
    assert.equal(r.victims, 30);
  });

  it('tr: "Polise göre 30 kadın" (according to the police, 30 women) counts the women (said)', async () => {
    const r = await analyze(
      'Polise göre 30 kadın kurtarıldı',
      'Polise göre 30 kadın insan ticareti çetesinin elinden kurtarıldı ve fuhuşa zorlanan kadınlar barınağa yerleştirildi.',
    );
    assert.equal(r.language, 'tr');
    assert.equal(r.victims, 30);
  });

  it('ar and id: a count since a month is a running total, the case is the later one (since)', async () => {
    const ar = await analyze(
      'الشرطة تحرر ضحايا الاتجار بالبشر',
      'منذ يناير، حررت الشرطة 200 ضحية من ضحايا الاتجار بالبشر في أنحاء البلاد. وفي أحدث عملية، حررت الشرطة ثلاث فتيات من شبكة للاستغلال الجنسي.',
    );
    assert.equal(ar.victims, 3);
    const id = await analyze(
      'Polisi selamatkan korban TPPO',
      'Sejak Januari, polisi telah menyelamatkan 200 korban perdagangan orang di seluruh provinsi. Dalam operasi terbaru, ' +
        'polisi menyelamatkan tiga perempuan dari sebuah tempat hiburan malam.',
    );
    assert.equal(id.victims, 3);
  });
});
