import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from './helpers.ts';

// One case composed by us and told in fourteen languages (fictional; no third-party text): a couple kept a domestic
// worker for six years, unpaid, locked in, her passport taken. No word for trafficking: each language must read it as
// relevant domestic servitude from the signs of control.
const CASES: [lang: string, title: string, text: string][] = [
  [
    'en',
    'Couple charged for keeping maid as a slave',
    'A couple in Manchester were charged after police found a domestic worker who had been kept in their home for six years, made to work without pay, with her passport confiscated.',
  ],
  [
    'es',
    'Detenida una pareja por esclavizar a una empleada doméstica',
    'La policía detuvo en Murcia a una pareja que mantuvo durante seis años a una empleada doméstica sin sueldo, encerrada en la casa y con el pasaporte retenido.',
  ],
  [
    'pt',
    'Casal preso por manter empregada doméstica em escravidão',
    'A polícia prendeu em São Paulo um casal que manteve durante seis anos uma empregada doméstica sem salário, trancada em casa e com o passaporte retido.',
  ],
  [
    'fr',
    'Un couple arrêté pour avoir exploité une domestique',
    "La police a arrêté à Nice un couple qui a gardé pendant six ans une employée de maison sans salaire, enfermée dans l'appartement et privée de son passeport.",
  ],
  [
    'it',
    'Coppia arrestata per aver ridotto in schiavitù una domestica',
    'La polizia ha arrestato a Milano una coppia che per sei anni ha tenuto una collaboratrice domestica senza stipendio, chiusa in casa e con il passaporto sequestrato.',
  ],
  [
    'de',
    'Ehepaar hielt Haushaltshilfe wie eine Sklavin',
    'Die Polizei hat in München ein Ehepaar festgenommen, das sechs Jahre lang eine Haushaltshilfe ohne Lohn arbeiten ließ, in der Wohnung einsperrte und ihr den Pass abnahm.',
  ],
  [
    'ro',
    'Cuplu reținut pentru exploatarea unei menajere',
    'Poliția a reținut la Cluj un cuplu care a ținut timp de șase ani o menajeră fără plată, închisă în casă și cu pașaportul confiscat.',
  ],
  [
    'pl',
    'Małżeństwo zatrzymane za przetrzymywanie pomocy domowej',
    'Policja zatrzymała w Łodzi małżeństwo, które przez sześć lat przetrzymywało pomoc domową bez wynagrodzenia, zamkniętą w domu i z odebranym paszportem.',
  ],
  [
    'ru',
    'Супругов задержали за рабский труд домработницы',
    'Полиция задержала в Казани супругов, которые шесть лет держали домработницу без оплаты, запертой в квартире, с отобранным паспортом.',
  ],
  [
    'id',
    'Pasangan ditangkap karena menyiksa pembantu rumah tangga',
    'Polisi menangkap pasangan suami istri di Surabaya yang selama enam tahun mempekerjakan pembantu rumah tangga tanpa gaji, mengurungnya di rumah dan menahan paspornya.',
  ],
  [
    'vi',
    'Một cặp vợ chồng bị bắt vì giam giữ người giúp việc',
    'Công an Hà Nội bắt giữ một cặp vợ chồng đã giữ một người giúp việc trong nhà suốt sáu năm, không trả lương, nhốt trong nhà và giữ hộ chiếu của cô.',
  ],
  [
    'el',
    'Ζευγάρι συνελήφθη για εκμετάλλευση οικιακής βοηθού',
    'Η αστυνομία συνέλαβε στην Αθήνα ένα ζευγάρι που κρατούσε για έξι χρόνια μια οικιακή βοηθό χωρίς αμοιβή, κλειδωμένη στο σπίτι και με κατασχεμένο το διαβατήριό της.',
  ],
  [
    'tr',
    'Çift, ev işçisini köle gibi çalıştırmaktan gözaltına alındı',
    "Polis İzmir'de bir ev işçisini altı yıl boyunca ücret ödemeden çalıştıran, evde kilitli tutan ve pasaportuna el koyan bir çifti gözaltına aldı.",
  ],
  [
    'nl',
    'Echtpaar opgepakt voor uitbuiting van huishoudster',
    'De politie heeft in Den Haag een echtpaar aangehouden dat een huishoudster zes jaar lang zonder loon liet werken, haar in huis opsloot en haar paspoort afpakte.',
  ],
];

describe('one case of domestic servitude, told without the word for trafficking in fourteen languages', () => {
  for (const [lang, title, text] of CASES) {
    it(`${lang}: relevant, domestic servitude`, async () => {
      const r = await analyze(title, text);
      assert.equal(r.relevant, true);
      assert.ok(r.types.includes('domestic_servitude'), r.types.join());
    });
  }
});
