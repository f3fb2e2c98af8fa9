import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  sampleDocx,
  sampleExe,
  sampleOdt,
  samplePdf,
  samplePng,
} from '../../../test/helpers/sample-files.ts';
import { toXlsx } from '../export/xlsx.ts';
import {
  DOCX,
  extensionFor,
  matchesDeclaredType,
  ODT,
  SAMPLE_BYTES,
  sniffFileType,
  XLSX,
  type FileSample,
} from './file-type.ts';

/** What the file store hands the sniffer: the first and last SAMPLE_BYTES of the file. */
const sample = (bytes: Uint8Array): FileSample => ({
  head: bytes.subarray(0, SAMPLE_BYTES),
  tail: bytes.subarray(Math.max(0, bytes.length - SAMPLE_BYTES)),
  size: bytes.length,
});
const sniff = (bytes: Uint8Array) => sniffFileType(sample(bytes));

describe('sniffFileType', () => {
  it('recognises PDF, PNG, JPEG, WebP and GIF by their signatures', () => {
    expect(sniff(samplePdf())).toBe('application/pdf');
    expect(sniff(samplePng())).toBe('image/png');
    expect(sniff(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBe(
      'image/jpeg',
    );
    expect(sniff(strToU8('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(sniff(strToU8('GIF89a\x01\x00\x01\x00'))).toBe('image/gif');
  });

  it('tells Word, Excel and OpenDocument files apart by the entries inside the ZIP', () => {
    expect(sniff(sampleDocx())).toBe(DOCX);
    expect(sniff(toXlsx({ headers: ['Имя'], rows: [['Фонд']] }))).toBe(XLSX);
    expect(sniff(sampleOdt())).toBe(ODT);
    // Any other ZIP is only a ZIP, even when called report.docx.
    expect(sniff(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toBe(
      'application/zip',
    );
  });

  it('finds the parts from the central directory when the ZIP is larger than the sample', () => {
    const noise = new Uint8Array(3 * SAMPLE_BYTES).map((_, index) => (index * 7919) % 251);
    const big = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/media/photo.bin': [noise, { level: 0 }],
      'word/document.xml': strToU8('<w:document/>'),
    });
    expect(big.length).toBeGreaterThan(2 * SAMPLE_BYTES);
    expect(sniff(big)).toBe(DOCX);
  });

  it('takes UTF-8 text without NUL bytes as text, Cyrillic and a BOM included', () => {
    expect(sniff(strToU8('\ufeffОрганизация;Страна\nФонд «Берег»;KZ\n'))).toBe('text/plain');
    // A long file: the sample's cut falls inside a two-byte letter at both ends.
    const long = strToU8('ж'.repeat(SAMPLE_BYTES) + 'x' + 'ж'.repeat(SAMPLE_BYTES));
    expect(sniff(long)).toBe('text/plain');
  });

  it('refuses executables, binary data, broken UTF-8 and empty files, whatever they are called', () => {
    expect(sniff(sampleExe())).toBeUndefined();
    expect(sniff(Uint8Array.from([0x68, 0x69, 0x00, 0x21]))).toBeUndefined();
    expect(sniff(Uint8Array.from([0x68, 0xc3, 0x28]))).toBeUndefined();
    expect(sniff(new Uint8Array())).toBeUndefined();
    const textThenBinary = new Uint8Array(2 * SAMPLE_BYTES + 10).fill(0x61);
    textThenBinary[textThenBinary.length - 3] = 0;
    expect(sniff(textThenBinary)).toBeUndefined();
  });
});

describe('matchesDeclaredType', () => {
  it('needs the declared type to be the real one, except that text may be declared as CSV', () => {
    expect(matchesDeclaredType('application/pdf', 'application/pdf')).toBe(true);
    expect(matchesDeclaredType('image/png', 'application/pdf')).toBe(false);
    expect(matchesDeclaredType('text/plain', 'text/csv')).toBe(true);
    expect(matchesDeclaredType('text/plain', 'application/pdf')).toBe(false);
    expect(matchesDeclaredType('application/zip', DOCX)).toBe(false);
  });
});

describe('extensionFor', () => {
  it('gives the usual extension of a type, or the preferred one when it is of that type', () => {
    expect(extensionFor('application/pdf')).toBe('pdf');
    expect(extensionFor('image/jpeg')).toBe('jpg');
    expect(extensionFor('image/jpeg', 'JPEG')).toBe('jpeg');
    expect(extensionFor('application/pdf', 'exe')).toBe('pdf');
    expect(extensionFor(DOCX, 'doc')).toBe('docx');
    expect(extensionFor('text/csv')).toBe('csv');
    expect(extensionFor('application/octet-stream', 'bin')).toBe('');
  });
});
