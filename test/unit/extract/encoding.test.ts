// One decoder: the CLI (extract/decode) and the monitor (fetch/charset) read the same bytes the same way.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeHtml } from '../../../src/extract/decode.ts';
import { decodeBody } from '../../../src/fetch/charset.ts';
import { decodeBytes } from '../../../src/lib/encoding.ts';

const meta = (charset: string, body: string) => `<html><head><meta charset="${charset}"></head><body>${body}</body>`;

/** Byte strings on which the two old decoders disagreed, and ordinary ones. */
const CASES: [string, Buffer, string | null][] = [
  ['UTF-8 labelled ISO-8859-1', Buffer.from(meta('iso-8859-1', 'Café São Tomé'), 'utf8'), null],
  ['windows-1252 quotes labelled ISO-8859-1', iconv.encode(meta('ISO-8859-1', '“déjà”'), 'windows-1252'), null],
  ['a label in the header only', iconv.encode('<p>Qualität €</p>', 'windows-1252'), 'text/html; charset=latin1'],
  ['UTF-16 label without a BOM', Buffer.from(meta('utf-16', 'naïve'), 'utf8'), null],
  [
    'an XML declaration',
    Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>\xcf\xf0\xe8</t>', 'latin1'),
    null,
  ],
  ['an unknown label', Buffer.from(meta('x-no-such', 'ok é'), 'utf8'), null],
  ['no label, not UTF-8', iconv.encode('<p>façade</p>', 'windows-1252'), null],
];

describe('one charset decoder', () => {
  for (const [name, bytes, type] of CASES) {
    it(`decodes ${name} the same for the CLI and the monitor`, () => {
      assert.equal(decodeHtml(bytes, type), decodeBody(bytes, type));
      assert.doesNotMatch(decodeBytes(bytes, type).text, /\ufffd|Ã/);
    });
  }
  it('reads ISO-8859-1 as windows-1252, as browsers do (0x93 is a curly quote)', () => {
    assert.match(decodeBody(iconv.encode(meta('ISO-8859-1', '“x”'), 'windows-1252')), /“x”/);
  });
  it('trusts valid UTF-8 over a legacy label', () => {
    const r = decodeBytes(Buffer.from(meta('windows-1252', 'Łódź'), 'utf8'));
    assert.equal(r.charset, 'utf-8');
    assert.match(r.text, /Łódź/);
  });
  it('reads the Cyrillic of an XML declaration', () => {
    assert.match(
      decodeBytes(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>\xcf\xf0\xe8</t>', 'latin1')).text,
      /При/,
    );
  });
});
