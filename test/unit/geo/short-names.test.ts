// Cities the press names without the honorific or founding words of their full names (fictional sentences):
// "Matamoros" is Heroica Matamoros, "Orán" in Salta is San Ramón de la Nueva Orán, and Algeria's Oran stays Algeria's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { where } from './helpers.ts';

const placed = (text: string) => where(text).places.map((p) => `${p.name}/${p.country}`);

describe('short names of long city names', () => {
  it('"Matamoros, Tamaulipas" is the border city, and Guaymas and Caborca are found', () => {
    assert.deepEqual(placed('Rescatan a migrantes en Matamoros, Tamaulipas, y en Guaymas.'), [
      'Heroica Matamoros/MX',
      'Tamaulipas/MX',
      'Heroica Guaymas/MX',
    ]);
  });
  it('"Orán, en Salta" is the Argentine town', () => {
    assert.deepEqual(placed('Un trabajador oriundo de Orán, en Salta, fue rescatado.').slice(0, 1), [
      'San Ramón de la Nueva Orán/AR',
    ]);
  });
  it('"Orán" with Algeria named, and plain "Oran", are the Algerian city', () => {
    assert.deepEqual(placed('La policía detuvo a una red en Orán. Argelia es un país de tránsito.').slice(0, 1), [
      'Oran/DZ',
    ]);
    assert.deepEqual(placed('Police in Oran arrested five smugglers.'), ['Oran/DZ']);
  });
});

describe('the state of a US town', () => {
  it('is the one GeoNames gives it, not the first state with a town of that name', () => {
    const r = where('Police in Houston rescued ten women; a man was later held in Portland, Oregon.');
    assert.deepEqual(
      r.places.filter((p) => p.kind === 'city').map((p) => `${p.name}/${p.admin1}`),
      ['Houston/Texas', 'Portland/Oregon'],
    );
  });
});

describe('Korean city names', () => {
  it('reads cities with particles and the agencies joined to them ("부산에서", "부산해경", "서울시")', () => {
    const r = where('베트남 선원 폭행…부산해경, 선장 입건. 서울시 공무원은 방콕에서 조사 중이다.', 'ko');
    assert.deepEqual(
      r.places.filter((p) => p.kind === 'city').map((p) => p.name),
      ['Busan', 'Seoul', 'Bangkok'],
    );
  });
  it('leaves out names that are ordinary words (고양이 is a cat, not Goyang)', () => {
    assert.deepEqual(where('고양이를 구조했다.', 'ko').places, []);
  });
});
