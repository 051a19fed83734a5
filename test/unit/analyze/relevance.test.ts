import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Sentences written for these tests; no third-party text.
describe('relevance: trafficking in persons', () => {
  const cases: [string, string, string][] = [
    [
      'a brothel rescue',
      'Police rescue 23 women from brothel in port city',
      'Police rescued 23 women from a brothel on Tuesday and arrested four suspects on charges of human trafficking.',
    ],
    [
      'forced labour without the word trafficking',
      'Fishermen forced to work without pay on boats',
      'Eleven fishermen were forced to work on fishing boats without pay for two years before they were rescued.',
    ],
    [
      'a policy report on child marriage',
      'Report: child marriage on the rise',
      'A new report estimates that millions of girls are forced into child marriage each year.',
    ],
    [
      'abuse of domestic workers with no word for trafficking',
      'Maids abused by employers, report says',
      'Domestic workers employed as maids are abused by employers who confiscate their passports and withhold wages.',
    ],
    [
      'a scam compound',
      'Workers freed from scam compound',
      'Dozens of workers lured with fake job offers were held in a scam compound and forced to defraud strangers online.',
    ],
  ];
  for (const [name, title, text] of cases) {
    it(`reads ${name} as relevant, with evidence that points at the text`, async () => {
      const a = await analyze(title, text);
      assert.equal(a.relevant, true, JSON.stringify(a));
      assert.ok(a.relevance >= 0.5);
      const full = `${title}\n\n${text}`;
      for (const e of a.evidence) assert.equal(full.slice(e.start, e.end), e.quote);
    });
  }
});

describe('relevance: hard negatives', () => {
  const cases: [string, string, string][] = [
    [
      'a book review of a novel about trafficking',
      'Sold',
      'Jane Roe. Harbor Books, $17.99 (320p) ISBN 978-0-000-00000-0. In this gripping debut novel, a 16-year-old girl from ' +
        'a mountain village is sold to traffickers and forced into prostitution; the novel follows her escape.',
    ],
    [
      'drug trafficking',
      'Drug traffickers jailed after cocaine seizure',
      'Two drug traffickers were jailed after officers seized 40 kg of cocaine hidden in a shipment of bananas.',
    ],
    [
      'arms trafficking',
      'Gun trafficking ring broken up',
      'Police broke up a gun trafficking ring that moved rifles and ammunition across the border.',
    ],
    [
      'wildlife trafficking',
      'Rhino horn trafficking syndicate dismantled',
      'Police dismantled a rhino horn trafficking syndicate and seized ivory and pangolin scales.',
    ],
    [
      'road traffic',
      'Traffic jams expected as bridge closes',
      'Motorists face long traffic jams as the bridge closes. Road traffic will be diverted.',
    ],
    [
      'web traffic',
      'Why your website traffic is down',
      'Organic traffic fell after the search engine update; SEO tips.',
    ],
    [
      'migrant smuggling with no exploitation',
      'Smugglers arrested after migrants found in lorry',
      'Border police arrested two people smugglers after 18 migrants were found hidden in a lorry.',
    ],
    [
      'a prostitution-policy debate',
      'Parliament debates decriminalisation of sex work',
      'Lawmakers debated a bill to decriminalise sex work; sex worker groups oppose the Nordic model.',
    ],
    [
      'the history of the transatlantic slave trade',
      'Museum marks the abolition of the transatlantic slave trade',
      'The exhibition recalls the transatlantic slave trade, slave ships and the abolition of slavery in the 19th century.',
    ],
    ['sport', 'Striker scores twice in league win', 'The striker scored twice as the home side won the league match.'],
    [
      'organ transplants',
      'Hospital celebrates 100th kidney transplant',
      'The hospital celebrated its 100th kidney transplant; organ donors joined doctors, and organ donation saves lives.',
    ],
    [
      'lawful adoption',
      'Adoption agency helps families',
      'The adoption agency helped 40 families adopt babies and newborns this year; babies in care were freed for adoption faster.',
    ],
    [
      'army recruitment',
      'Army recruits new soldiers',
      'The army recruited 2,000 new soldiers. Armed forces and militia leaders met rebel fighters for peace talks.',
    ],
    [
      'online fraud',
      'Police warn of online scams',
      'Police warned residents about online scams and crypto fraud after dozens of victims lost their savings.',
    ],
    [
      'ordinary theft',
      'Gang jailed for stealing cars',
      'A gang that was stealing cars was jailed; the thieves would steal vehicles at night.',
    ],
    [
      'a passing mention in a drug story',
      'Cartel boss extradited',
      'The cartel boss was extradited on drug trafficking charges over tonnes of cocaine. Officials said drug trafficking fuels violence and human trafficking.',
    ],
  ];
  for (const [name, title, text] of cases) {
    it(`rejects ${name}`, async () => {
      const a = await analyze(title, text);
      assert.equal(a.relevant, false, JSON.stringify(a));
      assert.equal(a.incident, false);
      assert.deepEqual(a.types, []);
    });
  }
});
