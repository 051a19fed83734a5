import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Tagalog and Korean cases composed by us (fictional people, places of our own choosing); no third-party text.

describe('Tagalog (tl.json)', () => {
  it('reads a rescue from a brothel told with number words: relevant, sexual, the Philippines, 12 victims', async () => {
    const r = await analyze(
      'Labindalawang babae, nasagip sa bahay-aliwan sa Pasay; 3 bugaw arestado',
      'Nasagip ng mga tauhan ng PNP ang labindalawang babae, kabilang ang apat na menor de edad, na ibinubugaw umano ' +
        'sa isang bahay-aliwan sa Pasay City. Inaresto rin ang tatlong suspek na nagsisilbing bugaw ng mga biktima. ' +
        'Ayon sa pulisya, pinipilit ang mga babae na makipagtalik sa mga parokyano kapalit ng P1,500.',
    );
    assert.equal(r.language, 'tl');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.deepEqual(r.countries, ['PH']);
    assert.equal(r.victims, 12);
  });

  it('reads forced labour on a fishing boat told without a word for trafficking: labour, nine victims', async () => {
    const r = await analyze(
      'Siyam na mangingisda, pinagtrabaho nang walang sahod sa barkong pangisda',
      'Nakauwi na sa Zamboanga ang siyam na mangingisda na halos isang taong pinagtrabaho nang 20 oras kada araw sa ' +
        'isang barkong pangisda. Kinumpiska umano ng kapitan ang kanilang mga pasaporte at hindi sila pinasahod. ' +
        'Binantaan din silang hindi na makauwi kapag nagreklamo.',
    );
    assert.equal(r.language, 'tl');
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['labour']);
    assert.equal(r.victims, 9);
  });

  it('reads children made to undress before a camera: sexual, minors, two victims', async () => {
    const r = await analyze(
      'Dalawang menor de edad, nasagip sa cybersex den sa Taguig',
      'Nasagip ng NBI ang dalawang batang babae, edad 9 at 13, na pinipilit ng kanilang tiyahin na maghubad sa harap ' +
        'ng camera para sa mga dayuhang kostumer. Inaresto ang 41 anyos na suspek sa isang entrapment operation.',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('sexual'), r.types.join());
    assert.equal(r.minors, true);
    assert.equal(r.victims, 2);
  });

  it('counts the victims, not the seven syndicate members arrested', async () => {
    const r = await analyze(
      'Pitong miyembro ng sindikato ng human trafficking, arestado sa Cebu',
      'Arestado ang pitong miyembro ng isang sindikato ng human trafficking sa isang operasyon ng CIDG sa Cebu. ' +
        'Nasagip naman ang apat na biktima na nirekrut sa pekeng alok na trabaho sa ibang bansa.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.equal(r.victims, 4);
  });

  it('reads tens, "t" and a unit ("dalawampu\'t isang") and a mother selling her baby', async () => {
    const counted = await analyze(
      "Dalawampu't isang kasambahay, nasagip sa isang bahay sa Quezon City",
      "Nasagip ng mga awtoridad ang dalawampu't isang kasambahay na ikinulong ng kanilang amo at hindi pinasahod " +
        'nang ilang buwan. Hindi sila pinalalabas ng bahay at kinuha ang kanilang mga pasaporte.',
    );
    assert.equal(counted.relevant, true);
    assert.ok(counted.types.includes('domestic_servitude'), counted.types.join());
    assert.equal(counted.victims, 21);
    const baby = await analyze(
      'Inang nagbenta ng sanggol online, inaresto',
      'Dinakip ng mga pulis ang isang 24 anyos na ina matapos niyang ibenta ang kanyang tatlong buwang gulang na ' +
        'sanggol sa halagang P45,000 sa isang mag-asawang nakilala niya sa Facebook. Nasagip ang sanggol.',
    );
    assert.equal(baby.relevant, true);
    assert.deepEqual(baby.types, ['illegal_adoption']);
    assert.equal(baby.victims, 1);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      'Dalawang tulak ng shabu, arestado sa buy-bust; kasong drug trafficking isinampa',
      'Arestado ang dalawang hinihinalang tulak ng ilegal na droga matapos makumpiskahan ng isang kilo ng shabu sa ' +
        'isang buy-bust operation sa Caloocan. Ayon sa PDEA, sangkot ang mga suspek sa trafficking ng droga sa ' +
        'Metro Manila at nagbebenta rin ng baril.',
    ],
    [
      'Bangkang may sakay na 25 dayuhang walang dokumento, naharang sa Tawi-Tawi',
      'Naharang ng Philippine Navy ang isang bangka na may sakay na 25 dayuhan na walang kaukulang dokumento. ' +
        "Dalawang Pilipino na umano'y nagpupuslit ng tao ang inaresto dahil sa human smuggling. Nagbayad umano ang " +
        'mga dayuhan upang makatawid patungong Sabah.',
    ],
    [
      'Matinding trapiko sa EDSA dahil sa banggaan ng dalawang trak',
      'Halos dalawang oras na naipit sa matinding trapiko ang mga motorista sa EDSA matapos magbanggaan ang dalawang ' +
        'trak. Ayon sa MMDA, labindalawang traffic enforcer ang ipinadala sa lugar.',
    ],
    [
      'Mga pawikan at ibon, nasabat sa pantalan',
      'Nasabat ng Bureau of Customs ang 40 pawikan at mga ibong ipinuslit mula sa ibang bansa. Inaresto ang tatlong ' +
        'tripulante ng bangka dahil sa ilegal na pagpupuslit ng mga hayop.',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'tl');
      assert.equal(r.relevant, false);
    });
  }
});

describe('Korean (ko.json)', () => {
  it('reads women forced into prostitution and rescued, counted with a native number word: 5 victims', async () => {
    const r = await analyze(
      '인신매매 조직에 속아 성매매 강요당한 외국인 여성 다섯 명 구조',
      '경찰은 취업을 미끼로 외국인 여성들을 국내로 데려와 성매매를 강요한 인신매매 조직을 적발해 태국 국적 여성 ' +
        '다섯 명을 구조하고 업주 등 피의자 세 명을 검거했다고 밝혔다. 피해 여성들은 여권을 빼앗긴 채 업소에 ' +
        '감금돼 있었다.',
    );
    assert.equal(r.language, 'ko');
    assert.equal(r.relevant, true);
    assert.equal(r.incident, true);
    assert.deepEqual(r.types, ['sexual']);
    assert.equal(r.victims, 5);
    assert.equal(r.minors, false);
  });

  it('reads forced labour on a salt farm told without the word for trafficking: labour, two victims', async () => {
    const r = await analyze(
      '염전에서 임금 한 푼 못 받고 일한 남성들 구출',
      '경찰은 한 섬마을 염전에서 일하던 남성 두 명을 구출했다. 염전 주인은 이들에게 하루 열네 시간씩 일을 ' +
        '시키고 임금을 주지 않았으며, 도망치지 못하도록 감시한 것으로 드러났다. 경찰은 염전 주인을 입건했다.',
    );
    assert.equal(r.language, 'ko');
    assert.equal(r.relevant, true);
    assert.deepEqual(r.types, ['labour']);
    assert.equal(r.victims, 2);
  });

  it('reads girls of fifteen made to sell sex: sexual, minors (an age with "살"), two victims', async () => {
    const r = await analyze(
      '가출 청소년에게 성매매 강요한 일당 검거…소녀 두 명 구조',
      '숙식 제공을 미끼로 가출 청소년을 유인해 성매매를 강요한 일당이 경찰에 붙잡혔다. 경찰은 열다섯 살 ' +
        '소녀 두 명을 구조해 보호시설에 인계하고 조직원 네 명을 구속했다.',
    );
    assert.equal(r.relevant, true);
    assert.ok(r.types.includes('sexual'), r.types.join());
    assert.equal(r.minors, true);
    assert.equal(r.victims, 2);
  });

  it('counts the four women rescued, not the seven gang members held', async () => {
    const r = await analyze(
      '인신매매 조직원 일곱 명 구속…피해 여성 네 명 구조',
      '경찰은 동남아 여성들을 성매매 업소에 팔아넘긴 인신매매 조직원 일곱 명을 구속했다. 피해 여성 네 명은 ' +
        '구조돼 보호시설로 옮겨졌다.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 4);
  });

  it('reads "A씨" rescued as one victim', async () => {
    const r = await analyze(
      '성매매 업소에 감금된 인신매매 피해 여성 구조',
      '경찰은 성매매 업소에 감금돼 있던 피해자 A씨를 구조했다. 업주는 A씨에게 빚을 갚으라며 성매매를 강요했다.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 1);
  });

  it('reads a count written joined to its counter ("여성 12명을"), not the two owners arrested', async () => {
    const r = await analyze(
      '경찰, 성매매 업소에서 여성 12명 구조',
      '경찰은 인신매매 조직이 운영하던 성매매 업소를 단속해 여성 12명을 구조하고 업주 2명을 체포했다.',
    );
    assert.equal(r.relevant, true);
    assert.equal(r.victims, 12);
  });

  const NEGATIVES: [title: string, text: string][] = [
    [
      '마약 밀매 조직 적발…필로폰 밀수 일당 구속',
      '경찰은 동남아에서 필로폰을 밀수해 국내에 유통한 마약 밀매 조직원 일곱 명을 구속했다. 이들은 마약 밀수 ' +
        '과정에서 여행객을 운반책으로 이용했다.',
    ],
    [
      '중국인 밀입국 알선 브로커 검거',
      '해경은 중국인들의 밀입국을 알선한 브로커 두 명을 검거했다. 밀입국자 열두 명은 어선에 숨어 서해로 ' +
        '들어오려다 적발됐다. 이들은 브로커에게 1인당 수백만 원을 건넨 것으로 조사됐다.',
    ],
    [
      '출근길 교통 혼잡…사고로 차량 정체',
      '출근길 도로에서 교통사고가 나 극심한 차량 정체가 빚어졌다. 경찰은 교통 통제에 나섰고 시민 열 명이 다쳤다.',
    ],
    ['총기 밀매 조직 검거', '경찰은 총기와 실탄을 해외에서 들여와 밀매한 조직원 여섯 명을 구속했다.'],
    [
      '일제강점기 강제징용 피해자 유족, 일본 기업 상대 소송',
      '일제강점기 강제징용 피해자 유족들이 일본 기업을 상대로 손해배상 소송을 냈다. 피해자들은 탄광에서 강제 ' +
        '노동에 시달렸다.',
    ],
  ];
  for (const [title, text] of NEGATIVES) {
    it(`hard negative: ${title}`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.language, 'ko');
      assert.equal(r.relevant, false);
    });
  }
});
