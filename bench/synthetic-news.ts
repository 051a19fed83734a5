// Synthetic news we generate (no third-party text): incident reports from sentence templates, their syndicated
// copies (credit lines, new headlines, light edits, cuts, added intros) and look-alike reports of other incidents.
import { rng } from './rng.ts';

/** One generated article; `group` is the incident it reports (copies share their original's group). */
export interface SyntheticArticle {
  id: string;
  group: number;
  kind: 'original' | 'copy' | 'lookalike' | 'followup';
  title: string;
  text: string;
}

const FIRST =
  'Amara Bogdan Chen Daniela Emeka Farida Goran Hana Ivan Jamal Kofi Lina Marek Nadia Omar Priya Quentin Rosa Samir Tanya Umar Vera Wei Ximena Yusuf Zora Ana Bruno Carla Dmitri Elena Femi Gita Hugo Irina Joao Kamala Luca Maya Nikos'.split(
    ' ',
  );
const LAST =
  'Adeyemi Barros Cojocaru Diallo Estrada Fofana Garcia Haddad Ilic Jovanovic Kamau Lungu Mensah Novak Okafor Petrov Quispe Rahman Silva Tran Usman Vargas Wanjiru Xu Yilmaz Zulu Achebe Bianchi Costa Dumitru'.split(
    ' ',
  );
const CITIES =
  'Lagos Accra Bucharest Manila Lima Nairobi Dhaka Kyiv Tirana Sofia Chisinau Bangkok Hanoi Quito Kampala Lusaka Dakar Abuja Cebu Medan Tbilisi Skopje Varna Iasi Mombasa Kumasi Arequipa Chittagong Durres Ruse'.split(
    ' ',
  );
const ORGS =
  'the national police|the labour inspectorate|the border guard|the anti-trafficking unit|the prosecutor office|a local shelter|the regional court|an international NGO'.split(
    '|',
  );
const FORMS =
  'forced labour|sexual exploitation|forced begging|domestic servitude|forced criminality|forced marriage'.split('|');
const PLACES =
  'farm|factory|brothel|fishing boat|construction site|private house|garment workshop|call centre|massage parlour|quarry'.split(
    '|',
  );
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');

const SENTENCES = [
  '{org} said on {day} that {n} people had been rescued from a {place} near {city}.',
  'Officers arrested {name}, {age}, and {name2}, who are suspected of running the network.',
  'The victims, including {m} minors, had been recruited with promises of well-paid jobs abroad.',
  'According to investigators, the group confiscated passports and forced the victims into {form}.',
  '{name} told reporters that the operation followed months of surveillance in {city}.',
  'The suspects face charges of human trafficking and could be sentenced to {y} years in prison.',
  'Some of the victims said they had worked up to {h} hours a day without pay.',
  'A spokesperson for {org} said the investigation was continuing and more arrests were possible.',
  'The rescued people were taken to a shelter where they received medical and legal assistance.',
  'Investigators believe the network had operated in {city} since {year}, moving victims between cities.',
  'Relatives of {name2} declined to comment when contacted on {day}.',
  'The case is the {ord} of its kind in the region this year, officials said.',
  'Prosecutors said the recruiters charged each victim a debt of {d} dollars for travel and lodging.',
  '{name} appeared before a judge in {city} on {day} and was remanded in custody.',
  'Neighbours said they had noticed groups of workers being driven to the {place} before dawn.',
  'The raid involved {k} officers and was coordinated with authorities in neighbouring countries.',
  'Campaigners welcomed the arrests but said more support was needed for survivors in {city}.',
  'Police said {m} of the victims were under the age of eighteen.',
  'Bank records showed transfers of more than {d} dollars to accounts linked to {name2}.',
  'The hotline number was shared so that anyone with information could contact {org}.',
  'Local media reported that the {place} had changed owners twice in the past {h} months.',
  'Two of the victims escaped on {day} and alerted a patrol, which led to the raid.',
  '{name2} allegedly kept the wages of the workers and threatened their families back home.',
  'Officials in {city} said the victims came from at least {m} different countries.',
  'The court in {city} ordered the seizure of {k} thousand dollars in cash and two vehicles.',
  'Labour unions called for stricter checks on recruitment agencies operating in the area.',
  'An interpreter helped investigators interview the survivors over several days.',
  'The network advertised jobs on social media, offering salaries of {d} dollars a month.',
  '{org} urged employers to verify the documents of seasonal workers before hiring them.',
  'Several victims needed hospital treatment for injuries and exhaustion, the report said.',
  'A second suspect, {name2}, was detained at the airport while trying to leave the country.',
  'Documents found at the {place} listed the names of more than {n} workers.',
  'The mayor of {city} described the case as a shameful reminder that exploitation happens nearby.',
  'Experts say cases like this are rarely reported because victims fear deportation.',
  'The suspects denied the accusations through their lawyer on {day}.',
];
const SYNONYMS: Record<string, string> = {
  said: 'stated',
  rescued: 'freed',
  arrested: 'detained',
  victims: 'survivors',
  network: 'ring',
  people: 'persons',
  suspects: 'accused',
  investigation: 'inquiry',
  officers: 'agents',
  workers: 'labourers',
  months: 'weeks',
  group: 'gang',
  charges: 'counts',
  shelter: 'safe house',
  reporters: 'journalists',
  continuing: 'ongoing',
  found: 'discovered',
  helped: 'assisted',
  called: 'appealed',
  described: 'called',
  reported: 'said',
  several: 'a number of',
  stricter: 'tougher',
  allegedly: 'reportedly',
  ordered: 'directed',
  jobs: 'work',
};

interface Facts {
  name: string;
  name2: string;
  city: string;
  org: string;
  form: string;
  place: string;
  day: string;
  nums: Record<string, string>;
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Surname syllables: thousands of surnames, so unrelated incidents rarely share a full name (as in life). */
const SYLLABLES = 'ba ko ri te mun da lo vi se na gu ra pe tos li ke mar do fi zan'.split(' ');

function person(r: () => number): string {
  const made = `${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}${pick(r, SYLLABLES)}`;
  const last = `${pick(r, LAST)}${made}`;
  return `${pick(r, FIRST)} ${last}`;
}

function facts(r: () => number): Facts {
  const int = (lo: number, hi: number) => String(lo + Math.floor(r() * (hi - lo + 1)));
  return {
    name: person(r),
    name2: person(r),
    city: pick(r, CITIES),
    org: pick(r, ORGS),
    form: pick(r, FORMS),
    place: pick(r, PLACES),
    day: pick(r, DAYS),
    nums: {
      n: int(3, 90),
      m: int(1, 12),
      age: int(22, 64),
      y: int(5, 25),
      h: int(12, 18),
      year: int(2012, 2024),
      ord: pick(r, ['second', 'third', 'fourth', 'fifth', 'sixth']),
      d: int(800, 9000),
      k: int(20, 300),
    },
  };
}

function fill(template: string, f: Facts): string {
  const s = template
    .replace(/\{name2\}/g, f.name2)
    .replace(/\{name\}/g, f.name)
    .replace(/\{city\}/g, f.city)
    .replace(/\{org\}/g, f.org)
    .replace(/\{form\}/g, f.form)
    .replace(/\{place\}/g, f.place)
    .replace(/\{day\}/g, f.day)
    .replace(/\{(\w+)\}/g, (_, k: string) => f.nums[k] ?? k);
  return s[0]!.toUpperCase() + s.slice(1);
}

/** An original report: a template order and the facts that fill it. */
interface Plan {
  order: number[];
  facts: Facts;
  /** Seed of the outlet's wording: which synonyms it prefers. */
  voice: number;
}

function plan(r: () => number): Plan {
  const order = SENTENCES.map((_, i) => i).sort(() => r() - 0.5);
  return { order: order.slice(0, 8 + Math.floor(r() * 10)), facts: facts(r), voice: Math.floor(r() * 2 ** 31) };
}

function render(p: Plan): { title: string; text: string } {
  const voice = rng(p.voice);
  const sentences = p.order.map((i) => lightEdit(voice, fill(SENTENCES[i]!, p.facts)));
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paras.push(sentences.slice(i, i + 2).join(' '));
  const title = `${p.facts.nums.n} rescued from ${p.facts.form} at ${p.facts.place} in ${p.facts.city}`;
  return { title, text: paras.join('\n\n') };
}

/** A syndicated or republished copy: one of several edits an outlet makes. */
function copyOf(r: () => number, orig: { title: string; text: string }, p: Plan): { title: string; text: string } {
  const paras = orig.text.split('\n\n');
  const outlet = `${pick(r, ['Daily', 'Morning', 'Evening', 'Coast', 'Valley'])} ${pick(r, ['Post', 'Herald', 'Times', 'Star', 'Courier'])}`;
  switch (Math.floor(r() * 5)) {
    case 0:
      return { title: `${orig.title} | ${outlet}`, text: `Article from: ${outlet}\n\n${orig.text}` };
    case 1:
      return { title: orig.title, text: lightEdit(r, orig.text) };
    case 2:
      return {
        title: `Police free victims in ${p.facts.city}`,
        text: `${paras.slice(0, Math.ceil(paras.length * 0.6)).join('\n\n')}\n\nRead more at ${outlet}.`,
      };
    case 3: {
      const intro = `${outlet} — Authorities in ${p.facts.city} announced a major operation this week.`;
      return { title: orig.title, text: `${intro}\n\n${orig.text}` };
    }
    default: {
      const kept = paras.filter(() => r() > 0.2);
      return { title: `${orig.title} (update)`, text: lightEdit(r, (kept.length ? kept : paras).join('\n\n')) };
    }
  }
}

function lightEdit(r: () => number, text: string): string {
  return text.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] && r() < 0.5 ? SYNONYMS[w]! : w));
}

/** Generates `originals` incident reports, about `copiesPer` copies of each and `lookalikeShare` look-alikes. */
export function syntheticNews(
  originals: number,
  seed = 42,
  copiesPer = 2,
  lookalikeShare = 0.5,
  followUpShare = 0,
): SyntheticArticle[] {
  const r = rng(seed);
  const out: SyntheticArticle[] = [];
  let group = 0;
  for (let i = 0; i < originals; i++) {
    const p = plan(r);
    const orig = render(p);
    const g = group++;
    out.push({ id: `o${i}`, group: g, kind: 'original', ...orig });
    const copies = Math.floor(r() * (copiesPer * 2 + 1));
    for (let c = 0; c < copies; c++) out.push({ id: `o${i}c${c}`, group: g, kind: 'copy', ...copyOf(r, orig, p) });
    if (r() < lookalikeShare) {
      // Same template order and wording, another incident: other people, place, numbers.
      out.push({ id: `o${i}l`, group: group++, kind: 'lookalike', ...render({ ...p, facts: facts(r) }) });
    }
    // Another outlet's own report of the same incident, days later: other words, same people, place and numbers.
    if (followUpShare > 0 && r() < followUpShare)
      out.push({ id: `o${i}f`, group: g, kind: 'followup', ...followUp(r, p.facts) });
  }
  return out;
}

const FOLLOW = [
  'A court in {city} on {day} charged {name} and {name2} with trafficking {n} people.',
  'Prosecutors told the hearing that the {n} victims were made to work at a {place} for months.',
  '{name}, {age}, denied the charges through a lawyer, while {name2} did not enter a plea.',
  'The judge ordered both defendants held until the trial, set to open within {h} weeks.',
  'Support workers said the survivors were still in a shelter in {city} and receiving counselling.',
  'The case began when two victims escaped and reported the {place} to a patrol, the court heard.',
  'If convicted, the accused face up to {y} years in prison under the anti-trafficking law.',
  'Defence lawyers asked for bail, arguing that {name} had lived in {city} since {year}.',
];

function followUp(r: () => number, f: Facts): { title: string; text: string } {
  const order = FOLLOW.map((_, i) => i)
    .sort(() => r() - 0.5)
    .slice(0, 5 + Math.floor(r() * 3));
  const sentences = order.map((i) => fill(FOLLOW[i]!, f));
  const paras: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paras.push(sentences.slice(i, i + 2).join(' '));
  return { title: `${f.name} charged over ${f.form} case in ${f.city}`, text: paras.join('\n\n') };
}

/** Shuffles in place with the seeded PRNG. */
export function shuffle<T>(xs: T[], seed = 7): T[] {
  const r = rng(seed);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

const GENERAL = [
  'The central bank of {city} kept interest rates at {m} percent on {day}, citing slowing inflation.',
  '{name} scored twice as the home side beat the visitors {m}-1 in front of {k} thousand fans.',
  'Forecasters expect temperatures of up to {h} degrees across the region until {day}.',
  'The city council of {city} approved a budget of {d} million for new bus lines and bicycle lanes.',
  'Shares of local manufacturers rose {m} percent after the quarterly results were published.',
  '{name}, the festival director, said more than {n} thousand visitors were expected this year.',
  'Road works on the main bridge in {city} will last {h} weeks, the transport office said.',
  'The new hospital wing in {city} will add {k} beds and open in {year}, officials said.',
  'Farmers reported a good harvest after {m} weeks of steady rain in the spring.',
  '{name2} was appointed coach after the club ended the season in {ord} place.',
  'The university in {city} opened a research centre on renewable energy on {day}.',
  'Ticket prices for the national railway will rise by {m} percent from next month.',
  "A concert by the philharmonic orchestra in {city} raised {d} dollars for the children's library.",
  'Local elections in {city} are scheduled for {day}, with {m} parties taking part.',
  'The museum in {city} will show paintings by {name} from the {year} collection.',
  'Exports of fruit and vegetables grew by {m} percent in the first quarter, the statistics office said.',
];

/** General news (not about trafficking): the bulk of what a news monitor reads. */
export function generalNews(count: number, seed = 99): SyntheticArticle[] {
  const r = rng(seed);
  const out: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const f = facts(r);
    const order = GENERAL.map((_, k) => k)
      .sort(() => r() - 0.5)
      .slice(0, 6 + Math.floor(r() * 6));
    const sentences = order.map((k) => fill(GENERAL[k]!, f));
    const paras: string[] = [];
    for (let k = 0; k < sentences.length; k += 2) paras.push(sentences.slice(k, k + 2).join(' '));
    out.push({
      id: `g${i}`,
      group: -1 - i,
      kind: 'original',
      title: `${f.city}: ${sentences[0]!.slice(0, 60)}`,
      text: paras.join('\n\n'),
    });
  }
  return out;
}
