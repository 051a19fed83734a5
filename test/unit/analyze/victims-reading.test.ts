import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text. Each case is a reading rule for the count of victims, with a
// near miss where the rule must not reach.
describe('victims: how a count is read', () => {
  const cases: [string, string, string, number | null][] = [
    [
      'the ages of a group\'s members after "and ... the other" are no second part',
      'Girls rescued from traffickers',
      'Police rescued two girls, one aged 14 and the other 16, from a house in Lagos where traffickers forced them into prostitution. Three suspects were arrested.',
      2,
    ],
    [
      'a second part told with "another" still joins',
      'Workers freed from forced labour',
      'Labour inspectors freed 20 workers from one farm and 15 from another in a raid on forced labour in Almeria, officials said.',
      35,
    ],
    [
      'groups listed with commas and a final "and" add up',
      'Workers freed from a scam compound',
      'Police freed 12 Kenyans, 9 Ethiopians, five Ugandans and three Nepalis who had been forced to run online scams.',
      29,
    ],
    [
      'a list whose commas part other things is no list of groups',
      'Workers freed from a scam compound',
      'Police freed 12 Kenyans, arrested two managers and seized 40 phones at a compound where workers were forced to run scams.',
      12,
    ],
    [
      'km groups listed noun first, the last joined by "and", add up',
      'ប៉ូលិសជួយសង្គ្រោះជនបរទេស',
      'កម្លាំងនគរបាលបានវាយឆ្មក់ទីតាំងបោកប្រាស់តាមអនឡាញ និងបានជួយសង្គ្រោះជនរងគ្រោះនៃការជួញដូរមនុស្ស។ ក្នុងចំណោមអ្នកដែលត្រូវបានជួយសង្គ្រោះ មានជនជាតិថៃ ១០ នាក់ ជនជាតិវៀតណាម ៥ នាក់ និងជនជាតិឡាវ ៣ នាក់។',
      18,
    ],
    [
      'km "one victim sent a message" is no rescue of one: the group freed stands',
      'ប៉ូលិសជួយសង្គ្រោះជនបរទេស',
      'កម្លាំងនគរបាលបានវាយឆ្មក់ទីតាំងបោកប្រាស់តាមអនឡាញ ក្នុងចំណោមអ្នកដែលត្រូវបានជួយសង្គ្រោះ មានជនជាតិថៃ ១២ នាក់។ ពួកគេត្រូវគេដកហូតលិខិតឆ្លងដែន និងបង្ខំឱ្យធ្វើការបោកប្រាស់តាមអនឡាញ។ មន្ត្រីនគរបាលម្នាក់បានឱ្យដឹងថា ការវាយឆ្មក់នេះធ្វើឡើងបន្ទាប់ពីជនរងគ្រោះម្នាក់បានផ្ញើសារសុំជំនួយទៅស្ថានទូតប្រទេសរបស់ខ្លួន។',
      12,
    ],
    [
      'km one victim rescued is still one',
      'ប៉ូលិសជួយសង្គ្រោះស្ត្រីម្នាក់ពីការជួញដូរមនុស្ស',
      'កម្លាំងនគរបាលប្រឆាំងការជួញដូរមនុស្សបានជួយសង្គ្រោះជនរងគ្រោះម្នាក់ ដែលត្រូវគេបង្ខំឱ្យធ្វើការជាអ្នករកស៊ីផ្លូវភេទ ហើយបានឃាត់ខ្លួនជនសង្ស័យពីរនាក់។',
      1,
    ],
    [
      '"and" after an aside opens another part: the arrest there is not the group\'s',
      'Sting frees women',
      'An undercover operation against sex trafficking led to the recovery of six victims, including a 15-year-old girl, and the arrest of nine men who tried to buy sex, police said.',
      6,
    ],
    [
      "the verb after an aside is still the group's",
      'Sting against sex trafficking',
      'Seven people, including two women, were arrested in an undercover operation against sex trafficking, police said.',
      null,
    ],
    [
      'en "the complainants" of a trial name the victims',
      'Car wash bosses guilty of exploiting Polish workers',
      'Two brothers who ran car washes in Leeds have been found guilty of forced labour. The jury heard that the four complainants, all aged 20 to 40, were made to work 12-hour shifts without pay.',
      4,
    ],
    [
      'de "die Nebenklägerinnen" of a trial name the victims',
      'Urteil wegen Zwangsprostitution',
      'Das Landgericht hat einen Mann wegen Menschenhandels zum Zweck der sexuellen Ausbeutung verurteilt. Die vier Nebenklägerinnen schilderten im Prozess, wie ihnen die Pässe abgenommen wurden. Eine von ihnen war erst 17 Jahre alt.',
      4,
    ],
    [
      'ko a decade of age after the number ("60대 남성") is no count, though a noun stands before it',
      '염전 노동 착취 업주 입건',
      '전남경찰청은 염전에서 장애인들에게 수년간 임금을 주지 않고 일을 시킨 혐의로 업주 A씨를 입건했다고 밝혔다. A씨는 50대 남성 B씨와 60대 남성 C씨에게 강제로 일을 시킨 혐의를 받고 있다. 조사 결과 두 사람은 외부와의 연락이 차단된 상태였다.',
      2,
    ],
    [
      'ur a suspect marked as the doer ("ملزمان نے") is the subject, not an arrest of the count after it',
      'خواتین کو جسم فروشی پر مجبور کرنے والے دو ایجنٹ گرفتار',
      'ایف آئی اے نے انسانی اسمگلنگ میں ملوث دو ایجنٹ گرفتار کر لیے۔ ترجمان کے مطابق گرفتار ملزمان نے چار خواتین کو ملازمت کا جھانسا دے کر دبئی بھجوایا، جہاں انہیں جسم فروشی پر مجبور کیا گیا۔',
      4,
    ],
    [
      'hi a suspect marked as the doer ("आरोपियों ने") is the subject, not an arrest of the count after it',
      'महिलाओं को देह व्यापार में धकेलने वाले दो एजेंट गिरफ्तार',
      'पुलिस ने मानव तस्करी के आरोप में दो एजेंटों को गिरफ्तार किया। पुलिस के अनुसार गिरफ्तार आरोपियों ने चार महिलाओं को नौकरी का झांसा देकर दुबई भेजा, जहां उन्हें देह व्यापार के लिए मजबूर किया गया।',
      4,
    ],
    [
      "hi the doer's mark does not make arrested suspects victims",
      'मानव तस्करी गिरोह का भंडाफोड़',
      'पुलिस ने मानव तस्करी के मामले में चार आरोपियों को गिरफ्तार किया है, जो महिलाओं को दुबई भेजकर देह व्यापार के लिए मजबूर करते थे।',
      null,
    ],
    [
      'ar one domestic worker freed, said in the singular without an article ("تحرير عاملة"), is one victim',
      'تحرير عاملة منزل محتجزة',
      'تمكنت وحدة مكافحة الاتجار بالبشر من تحرير عاملة منزل فلبينية كانت محتجزة داخل منزل في عمّان، بعد أن حرمها صاحب المنزل من أجرها وصادر جواز سفرها.',
      1,
    ],
    [
      'en returnees ("repatriated", "returned") are no rescued victims: the wider group sent home is not the case\'s count',
      'Kenyan women forced into prostitution in Oman return home',
      'NAIROBI — Four Kenyan women who say they were forced into prostitution after being lured to Muscat with promises of hotel jobs arrived in Nairobi on Monday, the foreign ministry said.\n\nThe women, aged 21 to 30, said they were held in a flat with other women from East Africa and made to see clients every night to pay off a debt for their tickets and visas, and that their phones were taken from them on arrival.\n\nThey were among 61 Kenyans repatriated from Oman this month, most of whom had overstayed their visas, officials said.',
      4,
    ],
    [
      'en a whole rescued and then repatriated is still the count',
      'Malaysians among 260 rescued from scam compounds',
      'Fifteen Malaysians were among 260 people rescued from call-centre syndicates in Myanmar and repatriated through Thailand, police said. They had been forced to run online scams.',
      260,
    ],
    [
      'en "two sisters" found working unpaid are the count, not a state\'s running total',
      'Sisters rescued from Delhi homes where they worked as maids',
      'NEW DELHI — Two sisters from a village in Odisha, taken from home by a placement agent last year, have been found working as domestic help without pay in two houses in south Delhi, police said on Sunday.\n\nThe state labour department says more than 500 children from its tribal districts have been rescued from cities over the past five years.',
      2,
    ],
  ];
  for (const [name, title, text, want] of cases) {
    it(name, async () => assert.equal((await analyze(title, text)).victims, want));
  }
});
