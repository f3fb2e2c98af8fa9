import { describe, expect, it } from 'vitest';
import { chartBars, scaleBars } from './chart.ts';
import { filterQuery, filtersFromParams, reasonIsValid } from './filters.ts';

describe('scaleBars', () => {
  it('scales to the largest value', () => {
    expect(scaleBars([5, 10, 0])).toEqual([50, 100, 0]);
  });

  it('keeps a sliver for small non-zero values', () => {
    expect(scaleBars([1, 1000])).toEqual([2, 100]);
    expect(scaleBars([1, 1000], 0)).toEqual([0.1, 100]);
  });

  it('draws nothing when everything is zero or there is nothing', () => {
    expect(scaleBars([0, 0])).toEqual([0, 0]);
    expect(scaleBars([])).toEqual([]);
  });
});

describe('chartBars', () => {
  it('lists ordered keys first, then any others the counts hold', () => {
    const bars = chartBars({ KZ: 3, XX: 6 }, ['RU', 'KZ'], (key) => `:${key}`);
    expect(bars).toEqual([
      { key: 'RU', label: ':RU', count: 0, width: 0 },
      { key: 'KZ', label: ':KZ', count: 3, width: 50 },
      { key: 'XX', label: ':XX', count: 6, width: 100 },
    ]);
  });
});

describe('filters', () => {
  it('reads the filters from a query, trimming the search', () => {
    expect(filtersFromParams(new URLSearchParams('status=submitted&q=%20ngo%20'))).toEqual({
      status: 'submitted',
      country: '',
      track: '',
      q: 'ngo',
    });
  });

  it('writes only the filters that are set, then paging', () => {
    expect(filterQuery({ status: '', country: 'KZ', track: '', q: ' a b ' })).toBe(
      'country=KZ&q=a+b',
    );
    expect(
      filterQuery({ status: '', country: '', track: 't1', q: '' }, { limit: 50, cursor: 'c/1' }),
    ).toBe('track=t1&limit=50&cursor=c%2F1');
  });

  it('asks for a reason of at least five characters', () => {
    expect(reasonIsValid(' abcd ')).toBe(false);
    expect(reasonIsValid('abcde')).toBe(true);
  });
});
