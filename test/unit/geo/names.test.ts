import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries, where } from './helpers.ts';

// Written by us: alternate names, demonyms, states and provinces, cities, centrality.
describe('geo names', () => {
  it('finds local and alternate spellings', () => {
    assert.deepEqual(countries('Police in Roma arrested a trafficker.', 'it'), ['IT']);
    assert.deepEqual(countries('Police in Bombay rescued 40 girls.'), ['IN']);
    assert.deepEqual(countries('Police in Mumbai rescued 40 girls.'), ['IN']);
    assert.deepEqual(countries("Victims were trafficked from Côte d'Ivoire to Ghana."), ['CI', 'GH']);
    assert.deepEqual(countries('Victims were trafficked from Cote d’Ivoire to Ghana.'), ['CI', 'GH']);
    assert.deepEqual(countries('Victims were trafficked from Ivory Coast to Ghana.'), ['CI', 'GH']);
    assert.deepEqual(countries('Men from Burma were held on fishing boats off Thailand.'), ['MM', 'TH']);
    assert.deepEqual(countries('Men from Myanmar were held on fishing boats off Thailand.'), ['MM', 'TH']);
    assert.deepEqual(countries('Scam compounds in Saigon and Phnom Penh held hundreds.'), ['KH', 'VN']);
    assert.deepEqual(countries('NIGERIA: POLICE RESCUE 20 GIRLS'), ['NG']);
  });

  it('finds a town written with a mark its own name lacks, but never a country that way', () => {
    const names = (text: string, lang: string) => where(text, lang).places.map((p) => `${p.name}/${p.kind}`);
    assert.deepEqual(names('La Policía Civil de Río de Janeiro rescató a 23 paraguayos.', 'es'), [
      'Rio de Janeiro/city',
    ]);
    assert.deepEqual(names('Fueron detenidos en Ámsterdam por trata de mujeres.', 'es'), ['Amsterdam/city']);
    // "América" in Spanish and Portuguese is the continent, not the United States.
    assert.deepEqual(countries('Foram confirmadas vítimas de África, Ásia e América em Portugal.', 'pt'), ['PT']);
  });

  it('reads demonyms and adjectives as their country', () => {
    assert.deepEqual(countries('Nigerian women were forced into prostitution in Italy.'), ['IT', 'NG']);
    assert.deepEqual(countries('Filipino workers were abused in Kuwait.'), ['KW', 'PH']);
    assert.deepEqual(countries('Police rescued 23 Nepalis and Bangladeshis from a farm in Portugal.'), [
      'BD',
      'NP',
      'PT',
    ]);
  });

  it('reads a surname after a middle initial as a person, not a town', () => {
    const text =
      'CHICAGO — A Chicago man has been sentenced to 24 years in federal prison for recruiting four children to ' +
      'engage in sex acts for money.\n\nOn multiple occasions in 2017, DARYL S. ARNOLD arranged for the four victims ' +
      'to meet with individuals to engage in commercial sex acts in the Chicago area.  Arnold used websites to ' +
      'advertise the sex acts.\n\nArnold, 48, pleaded guilty in 2022 to four counts of sex trafficking of a minor. ' +
      'U.S. District Judge Ann Lee ordered Arnold to pay restitution to the victims.';
    assert.deepEqual(countries(text), ['US']);
  });

  it('finds Russian cities and regions in their declined forms', () => {
    const text = 'Мужчину освободили из рабства в Дагестане. Он работал на кирпичном заводе в Каспийске.';
    assert.deepEqual(countries(text, 'ru'), ['RU']);
    assert.deepEqual(
      where(text, 'ru').places.map((p) => p.name),
      ['Republic of Dagestan', 'Kaspiysk'],
    );
  });

  it('reads a nationality adjective joined to a compass point (German "nordgriechischen")', () => {
    assert.deepEqual(countries('Die Polizei hob in einer nordgriechischen Stadt einen Ring aus.', 'de'), ['GR']);
    assert.deepEqual(countries('In einer südspanischen Hafenstadt wurden zwölf Frauen befreit.', 'de'), ['ES']);
  });

  it('reads a city named like the region it lies in as the city, its region still known (Bremen)', () => {
    const places = where('Die Polizei in Bremen hat sechs Verdächtige verhaftet.', 'de').places;
    assert.deepEqual(
      places.map((p) => [p.name, p.kind, p.admin1]),
      [['Bremen', 'city', 'Bremen']],
    );
  });

  it("reads an institution two countries share as neither ('Bundeskriminalamt' is German and Austrian), BKA as Germany", () => {
    const at = 'In Wien und Graz wurden neun Frauen befreit, berichtete das Bundeskriminalamt am Montag.';
    assert.deepEqual(countries(at, 'de'), ['AT']);
    assert.deepEqual(countries('Das BKA meldete mehr Fälle von Menschenhandel.', 'de'), ['DE']);
  });

  it('sets aside countries a region is said to border ("fronteriza con Bolivia")', () => {
    const text =
      'La policía liberó a 20 mujeres en Puerto Maldonado, en la región de Madre de Dios, fronteriza con Bolivia.';
    assert.deepEqual(countries(text, 'es'), ['PE']);
  });

  it('finds Korean country names with a particle or the person suffix joined to them', () => {
    const text = '경찰은 캄보디아에서 여성 5명을 구조했다. 태국을 거쳐 입국한 베트남인 피해자도 있었다.';
    assert.deepEqual(countries(text, 'ko'), ['KH', 'TH', 'VN']);
  });

  it('finds Hungarian country names whose last vowel a suffix lengthened', () => {
    const text = 'A rendőrség Ausztriában szabadított ki Szerbiából érkezett nőket.';
    assert.deepEqual(countries(text, 'hu'), ['AT', 'RS']);
  });

  it('keeps a list of origin countries ("procedentes de India, Nepal y Pakistán")', () => {
    const text =
      'La Policía Nacional ha liberado a 45 personas, la mayoría procedentes de India, Nepal y Pakistán, explotadas en fincas de Almería.';
    assert.deepEqual(countries(text, 'es'), ['ES', 'IN', 'NP', 'PK']);
  });

  it('finds Polish country names whose stem changes when declined ("w Polsce", "w Niemczech")', () => {
    assert.deepEqual(countries('Handel ludźmi w Polsce. Ofiary pracowały w Niemczech i we Włoszech.', 'pl'), [
      'DE',
      'IT',
      'PL',
    ]);
    // "Polacy" (Poles) names the gang's country, as "Romanians" does in English (demonyms.tsv, pl).
    assert.deepEqual(countries('Polacy skazani na Wyspach Brytyjskich: gang działał w Anglii.', 'pl'), ['GB', 'PL']);
  });

  it('places states and provinces in their country', () => {
    assert.deepEqual(countries('Police in Gauteng rescued 12 women.'), ['ZA']);
    assert.deepEqual(countries('Girls trafficked from KwaZulu-Natal were found in a brothel.'), ['ZA']);
    assert.deepEqual(countries('Labourers in Kerala were rescued from a brick kiln.'), ['IN']);
    assert.deepEqual(countries('Migrants were held in a safe house in Sonora.'), ['MX']);
    assert.deepEqual(countries('Police in Lombardy arrested members of a trafficking ring.'), ['IT']);
    assert.deepEqual(countries('Carabinieri in Lombardia arrested members of a trafficking ring.', 'it'), ['IT']);
  });

  it('places cities in their country', () => {
    assert.deepEqual(countries('Six people were arrested in Phnom Penh for running a scam compound.'), ['KH']);
    assert.deepEqual(countries('A court in Durban convicted the couple.'), ['ZA']);
    assert.deepEqual(countries('Police in Kathmandu intercepted 14 women.'), ['NP']);
  });

  it('reads national institutions as their country', () => {
    assert.deepEqual(countries('NAPTIP rescued 15 girls from a hotel.'), ['NG']);
    assert.deepEqual(countries('The Polk County Sheriff’s Office arrested 108 people.'), ['US']);
  });

  it('ranks the countries where the story happens first and leaves out passing mentions', () => {
    const text =
      'Italian police free teenage girls sold for sex in Rome\n\n' +
      'Police in Rome freed two girls. The scandal shocked Italy. A US-based group ' +
      'said it had seen similar cases; the survivors thanked Italian investigators.';
    assert.deepEqual(where(text, 'en', 55).countries, ['IT']);
    const scam = where(
      'More than 200 Indonesians were rescued from scam compounds in Myawaddy, Myanmar, and returned via Thailand.',
    );
    assert.equal(scam.countries[0], 'MM');
    const cebu = where('A court in Cebu convicted a couple after a referral from Australian police.');
    assert.equal(cebu.countries[0], 'PH');
    const india = where('Police in Jharkhand rescued 12 girls bound for Delhi near the Nepal border.');
    assert.equal(india.countries[0], 'IN');
    const two = where(
      'Nepali women were trafficked to Kuwait via India, police in Kathmandu said. Kuwait deported them.',
    );
    assert.deepEqual([...two.countries].sort(), ['IN', 'KW', 'NP']);
  });

  it('gives a list of origin or destination countries their due, and an aside little weight', () => {
    const route = where(
      'Police in Lisbon broke up a ring that brought migrants from Romania, Moldova, Ukraine and India to farms in Portugal. ' +
        'Police in Portugal arrested 30 people.',
    );
    assert.deepEqual([...route.countries].sort(), ['IN', 'MD', 'PT', 'RO', 'UA']);
    // "Las mujeres, de …": the victims' origins, listed after the victims themselves.
    const origins = where(
      'La Guardia Civil liberó a nueve mujeres en una operación en Sevilla contra la explotación sexual. Las mujeres, de ' +
        'Honduras, Nicaragua, Perú y Bolivia, eran captadas con falsas ofertas de empleo en España.',
      'es',
    );
    assert.deepEqual([...origins.countries].sort(), ['BO', 'ES', 'HN', 'NI', 'PE']);
    // Members opened by articles are still one list of examples ("pays tels que le Gabon, le Nigeria…").
    const examples = where(
      'La police béninoise a intercepté 20 enfants en route vers le Nigeria. Ces enfants travaillent souvent dans des ' +
        "pays tels que le Gabon, le Togo, la Côte d'Ivoire et le Congo.",
      'fr',
    );
    assert.deepEqual([...examples.countries].sort(), ['BJ', 'NG']);
    const aside = where(
      'Kuwait police rescued 40 Zimbabwean women. Kuwait deported the traffickers. Kuwait said more were held. ' +
        'Countries such as India, Bangladesh and Sri Lanka face similar problems.',
    );
    assert.deepEqual([...aside.countries].sort(), ['KW', 'ZW']);
  });

  it('does not read world regions and seas as the country inside their name', () => {
    assert.deepEqual(countries('Migrants from Latin America were exploited in Texas.'), ['US']);
    assert.deepEqual(countries('Fishermen were trafficked in the South China Sea off Indonesia.'), ['ID']);
    assert.deepEqual(countries('Boats crossed the Indian Ocean to Somalia.'), ['SO']);
    assert.deepEqual(countries('Latin American migrants were exploited on farms in Spain.'), ['ES']);
    assert.deepEqual(countries('Police in Boston, New England, said the girls were local.'), ['US']);
  });

  it('reads places in Title Case headlines', () => {
    assert.deepEqual(countries('Girls Rescued From Traffickers In Lagos'), ['NG']);
  });

  it('finds nothing in a text without places, and ignores ordinary words', () => {
    assert.deepEqual(countries('The victims were rescued and the suspects were charged.'), []);
    assert.deepEqual(countries('Police said most of the male victims were reading.'), []);
    assert.deepEqual(where('').places, []);
  });
});
