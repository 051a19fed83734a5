import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countries } from './helpers.ts';

// Thai and Khmer sentences composed by us: the short names the press gives the countries of the region.

describe('places in Thai and Khmer', () => {
  it('finds the short Thai names of the neighbouring countries, and their people ("หญิงชาวลาว")', () => {
    const cases: [text: string, want: string[]][] = [
      ['ตำรวจช่วยเหลือหญิงชาวลาว 12 คน', ['LA']],
      ['แรงงานชาวเมียนมาถูกบังคับทำงาน', ['MM']],
      ['แรงงานพม่าถูกบังคับทำงาน', ['MM']],
      ['หญิงไทยถูกหลอกไปทำงานที่ประเทศจีน', ['CN', 'TH']],
      ['แรงงานเขมรถูกส่งกลับ', ['KH']],
      ['ผู้เสียหายถูกหลอกไปทำงานที่ฮ่องกง', ['HK']],
    ];
    for (const [text, want] of cases) assert.deepEqual(countries(text, 'th'), [...want].sort(), text);
  });

  it('finds the Khmer names of the neighbouring countries', () => {
    const cases: [text: string, want: string[]][] = [
      ['ពលករខ្មែរត្រូវបានបញ្ជូនមកពីប្រទេសថៃ', ['KH', 'TH']],
      ['ស្ត្រីត្រូវបានលក់ទៅប្រទេសចិន', ['CN']],
      ['ពលករត្រូវបានបញ្ជូនមកពីប្រទេសឡាវ', ['LA']],
      ['ពលករត្រូវបានបញ្ជូនមកពីប្រទេសមីយ៉ាន់ម៉ា', ['MM']],
      ['ពលករទៅធ្វើការនៅប្រទេសកូរ៉េខាងត្បូង', ['KR']],
    ];
    for (const [text, want] of cases) assert.deepEqual(countries(text, 'km'), [...want].sort(), text);
  });
});
