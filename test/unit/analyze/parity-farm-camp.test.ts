import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us (fictional; no third-party text), told in five languages: thirty farm workers freed from a
// fruit farm, charged for their beds and told they would be sent home if they complained. No word for trafficking: a
// charge for a bed and a threat of being sent back are two signs of control in a story about farm work.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Farm workers freed in Huelva',
    'Thirty farm workers from Morocco and Senegal were freed from a strawberry farm in Huelva, where they lived in plastic shacks. They were paid a fraction of the minimum wage and charged for their beds, and were told they would be sent back if they complained. The farmer was arrested.',
  ],
  [
    'es',
    'Liberados jornaleros en Huelva',
    'Treinta jornaleros de Marruecos y Senegal fueron liberados en una finca de fresas de Huelva, donde vivían en chabolas de plástico. Cobraban una fracción del salario mínimo y les cobraban por la cama, y les decían que los devolverían a su país si se quejaban. El agricultor fue detenido.',
  ],
  [
    'it',
    'Liberati braccianti a Latina',
    "Trenta braccianti dal Marocco e dal Senegal sono stati liberati in un'azienda agricola di Latina, dove vivevano in baracche di plastica. Erano pagati una frazione del salario minimo e dovevano pagare per il posto letto, e gli dicevano che sarebbero stati rimandati a casa se si lamentavano. Il titolare è stato arrestato.",
  ],
  [
    'fr',
    'Des ouvriers agricoles libérés',
    "Trente ouvriers agricoles venus du Maroc et du Sénégal ont été libérés d'une exploitation de fraises près de Perpignan, où ils vivaient dans des abris de plastique. Ils étaient payés une fraction du salaire minimum et devaient payer leur lit, et on leur disait qu'ils seraient renvoyés chez eux s'ils se plaignaient. L'agriculteur a été interpellé.",
  ],
  [
    'pt',
    'Trabalhadores libertados em Odemira',
    'Trinta trabalhadores agrícolas de Marrocos e do Senegal foram libertados numa exploração de frutos vermelhos em Odemira, onde viviam em barracas de plástico. Recebiam uma fração do salário mínimo e pagavam pela cama, e diziam-lhes que seriam mandados de volta se se queixassem. O agricultor foi detido.',
  ],
];

describe('farm workers charged for their beds and threatened with being sent back, in five languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, labour, thirty victims`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.deepEqual(r.types, ['labour']);
      assert.equal(r.victims, 30);
    });
  }

  it('a story about the minimum wage that mentions charges for beds is not one (a single sign of control)', async () => {
    const r = await analyze(
      'Minimum wage rise for farm workers',
      'Farm workers in Huelva will see the minimum wage rise next year, the ministry said. Seasonal workers from Morocco are charged for their beds in some camps, unions said, and many are paid below the minimum wage.',
    );
    assert.equal(r.relevant, false);
  });
});
