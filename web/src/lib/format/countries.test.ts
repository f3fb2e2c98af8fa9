import { describe, expect, it } from 'vitest';
import { countryNames } from './countries.ts';

describe('countryNames', () => {
  it('names countries in the reader’s language', () => {
    expect(countryNames(['RU', 'KZ'], 'ru')).toEqual(['Россия', 'Казахстан']);
    expect(countryNames(['RU', 'KZ'], 'en')).toEqual(['Russia', 'Kazakhstan']);
  });

  it('without Kazakh data, uses its own Kazakh names, then Russian ones rather than English', () => {
    expect(countryNames(['RU', 'KZ', 'JP'], 'kk', false)).toEqual(['Ресей', 'Қазақстан', 'Япония']);
  });
});
