import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { safeText, toCsv } from './table.ts';
import { toXlsx } from './xlsx.ts';

const table = {
  headers: ['Название', 'Страна', 'Бюджет'],
  rows: [
    ['«Тёплый эфир», онлайн', 'KZ', 1200000],
    ['=HYPERLINK("http://evil")', 'RU', null],
    ['Строка с "кавычками"\nи переносом', 'RU', 5.5],
  ],
};

describe('toCsv', () => {
  it('starts with a byte-order mark, quotes what needs quoting, and ends lines with CRLF', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFНазвание,Страна,Бюджет\r\n')).toBe(true);
    expect(csv).toContain('"«Тёплый эфир», онлайн",KZ,1200000\r\n');
    expect(csv).toContain('"Строка с ""кавычками""\nи переносом",RU,5.5\r\n');
  });

  it('defuses formulas in answers', () => {
    expect(toCsv(table)).toContain(`"'=HYPERLINK(""http://evil"")",RU,\r\n`);
    expect(safeText('-1+2')).toBe("'-1+2");
    expect(safeText('Обычный текст')).toBe('Обычный текст');
  });
});

describe('toXlsx', () => {
  it('writes a workbook whose sheet holds every cell, Cyrillic included, numbers as numbers', () => {
    const parts = unzipSync(toXlsx(table));
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain(
      '<c r="A1" t="inlineStr"><is><t xml:space="preserve">Название</t></is></c>',
    );
    expect(sheet).toContain('<c r="C2"><v>1200000</v></c>');
    expect(sheet).toContain('&quot;кавычками&quot;');
    expect(sheet).toContain("'=HYPERLINK(&quot;http://evil&quot;)");
  });
});
