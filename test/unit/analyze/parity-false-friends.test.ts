import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// Hard negatives composed by us (fictional; no third-party text), each told in several languages: fraudsters who
// "exploited" elderly victims, coral trafficking, a rape in which a man forced a woman to have sex (sex said as an act
// weighs half, as "have sex" does in English), and an office's name in a photo credit ("Human Trafficking and Drugs
// Unit"). None is trafficking in persons.
const NEGATIVES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Fraudsters jailed',
    'Two fraudsters who exploited elderly victims by posing as bank staff were jailed for six years. They stole 300,000 pounds from 40 pensioners.',
  ],
  [
    'es',
    'Condenados por estafa',
    'Dos estafadores que explotaban a víctimas de edad avanzada haciéndose pasar por empleados de banco fueron condenados a seis años. Robaron 300.000 euros a 40 jubilados.',
  ],
  [
    'fr',
    'Escrocs condamnés',
    'Deux escrocs qui exploitaient des victimes âgées en se faisant passer pour des employés de banque ont été condamnés à six ans. Ils ont volé 300 000 euros à 40 retraités.',
  ],
  [
    'de',
    'Betrüger verurteilt',
    'Zwei Betrüger, die ältere Opfer ausnutzten, indem sie sich als Bankmitarbeiter ausgaben, wurden zu sechs Jahren verurteilt. Sie erbeuteten 300.000 Euro von 40 Rentnern.',
  ],
  [
    'en',
    'Coral smugglers caught',
    'Customs officers seized 200 kilograms of red coral at the port and arrested three men for coral trafficking. The coral was bound for Hong Kong.',
  ],
  [
    'es',
    'Tráfico de coral',
    'Los agentes de aduanas incautaron 200 kilos de coral rojo en el puerto y detuvieron a tres hombres por tráfico de coral. El coral iba a Hong Kong.',
  ],
  [
    'it',
    'Traffico di corallo',
    'I finanzieri hanno sequestrato 200 chili di corallo rosso al porto e arrestato tre uomini per traffico di corallo. Il corallo era destinato a Hong Kong.',
  ],
  [
    'en',
    'Man charged with rape',
    'A 32-year-old man was charged with rape after he forced a woman to have sex with him at his flat in Leeds, police said. He will appear in court on Monday.',
  ],
  [
    'es',
    'Detenido por violación',
    'Un hombre de 32 años fue detenido por violación tras obligar a una mujer a mantener relaciones sexuales con él en su piso de Sevilla, informó la policía.',
  ],
  [
    'fr',
    'Un homme mis en examen pour viol',
    'Un homme de 32 ans a été mis en examen pour viol après avoir forcé une femme à avoir des relations sexuelles dans son appartement à Lille, a indiqué la police.',
  ],
  [
    'de',
    'Mann wegen Vergewaltigung angeklagt',
    'Ein 32-Jähriger wurde wegen Vergewaltigung angeklagt, nachdem er eine Frau in seiner Wohnung in Essen zum Geschlechtsverkehr gezwungen hatte, teilte die Polizei mit.',
  ],
  [
    'it',
    'Arrestato per violenza sessuale',
    'Un uomo di 32 anni è stato arrestato per violenza sessuale dopo aver costretto una donna ad avere rapporti sessuali nel suo appartamento a Bari, ha detto la polizia.',
  ],
  [
    'pt',
    'Homem detido por violação',
    'Um homem de 32 anos foi detido por violação depois de obrigar uma mulher a ter relações sexuais no seu apartamento em Braga, disse a polícia.',
  ],
  [
    'en',
    'Drug dealers jailed',
    'Three men were jailed for drug trafficking after police found cocaine worth 2 million pounds. Photo: Human Trafficking and Drugs Unit, Merseyside Police.',
  ],
];

describe('fraud, coral, a rape case and a credit line are not trafficking', () => {
  for (const [lang, title, text] of NEGATIVES) {
    it(`${lang}: ${title}`, async () => {
      assert.equal((await analyze(title, text)).relevant, false);
    });
  }
});
