import { describe, expect, it } from 'vitest';
import { acceptAttribute, accepts, declaredType, formatBytes, typeNames } from './upload';

const file = (name: string, type = '') => new File(['x'], name, { type });

describe('file field helpers', () => {
  it('declares the browser’s type, else one from the extension; CSV always as text/csv', () => {
    expect(declaredType(file('letter.pdf', 'application/pdf'))).toBe('application/pdf');
    expect(declaredType(file('budget.docx'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    // Windows calls CSV files Excel spreadsheets.
    expect(declaredType(file('budget.csv', 'application/vnd.ms-excel'))).toBe('text/csv');
    expect(declaredType(file('README'))).toBe('application/octet-stream');
  });

  it('names types as people know them and offers their extensions to the file picker', () => {
    expect(typeNames(['application/pdf', 'image/jpeg', 'image/png'])).toBe('PDF, JPEG, PNG');
    expect(typeNames(['image/*'])).toBe('IMAGE');
    expect(acceptAttribute(['application/pdf', 'image/jpeg'])).toBe(
      'application/pdf,image/jpeg,.pdf,.jpeg,.jpg',
    );
  });

  it('accepts as the server does: exact types, or every subtype of type/*', () => {
    expect(accepts(['image/*'], 'image/webp')).toBe(true);
    expect(accepts(['application/pdf'], 'application/pdf')).toBe(true);
    expect(accepts(['application/pdf'], 'application/x-msdownload')).toBe(false);
  });

  it('formats sizes in the reader’s language', () => {
    expect(formatBytes(10_000_000, 'en')).toBe('10 MB');
    expect(formatBytes(1_500_000, 'en')).toBe('1.5 MB');
    expect(formatBytes(830_000, 'ru')).toMatch(/^830\sкБ$/);
  });
});
