// Charset decoding: header, BOM, <meta charset>, sniffing; legacy encodings via iconv-lite.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { decodeHtmlWithCharset as decodeHtml, decodeHtml as decodeString } from '../../../src/extract/decode.ts';

const page = (charset: string, body: string) =>
  `<html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodeHtml', () => {
  it('reads UTF-8 by default', () => {
    const r = decodeHtml(Buffer.from('<p>café — naïve</p>', 'utf8'));
    assert.equal(r.charset, 'utf-8');
    assert.match(r.html, /café — naïve/);
  });
  it('strips a UTF-8 BOM and trusts it over the meta tag', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('iso-8859-1', 'é'), 'utf8')]);
    const r = decodeHtml(bytes);
    assert.equal(r.charset, 'utf-8');
    assert.ok(r.html.startsWith('<html>'));
    assert.match(r.html, /<p>é<\/p>/);
  });
  it('decodes UTF-16LE with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Grüße</p>', 'utf16le')]);
    assert.match(decodeHtml(bytes).html, /Grüße/);
  });
  it('uses the HTTP header charset first', () => {
    const bytes = iconv.encode(page('utf-8', 'Qualität €'), 'windows-1252');
    const r = decodeHtml(bytes, 'text/html; charset=windows-1252');
    assert.match(r.html, /Qualität €/);
  });
  it('treats ISO-8859-1 as windows-1252, as browsers do', () => {
    const bytes = iconv.encode(page('ISO-8859-1', 'déjà “quoted”'), 'windows-1252');
    assert.match(decodeHtml(bytes).html, /déjà “quoted”/);
  });
  it('decodes ISO-8859-2, Shift_JIS and GBK from the meta tag', () => {
    assert.match(decodeHtml(iconv.encode(page('iso-8859-2', 'Łódź'), 'iso-8859-2')).html, /Łódź/);
    assert.match(decodeHtml(iconv.encode(page('Shift_JIS', '人身売買'), 'shift_jis')).html, /人身売買/);
    assert.match(decodeHtml(iconv.encode(page('gb2312', '人口贩卖'), 'gbk')).html, /人口贩卖/);
  });
  it('sniffs windows-1252 when there is no declaration and the bytes are not UTF-8', () => {
    const r = decodeHtml(iconv.encode('<p>façade</p>', 'windows-1252'));
    assert.equal(r.charset, 'windows-1252');
    assert.match(r.html, /façade/);
  });
  it('returns a plain string from decodeHtml', () => {
    assert.equal(decodeString(iconv.encode('<p>é</p>', 'windows-1252'), 'text/html; charset=ISO-8859-1'), '<p>é</p>');
  });
  it('ignores an unknown charset label', () => {
    assert.match(decodeHtml(Buffer.from(page('x-no-such', 'ok é'), 'utf8')).html, /ok é/);
  });
});
