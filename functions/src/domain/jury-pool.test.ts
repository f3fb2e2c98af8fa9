import { applicationStatuses } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LOAD, isDeclarable, loadBounds, loadBoundsProblem } from './jury-pool.ts';

describe('loadBounds', () => {
  it('fills the defaults and keeps what the organisers set', () => {
    expect(loadBounds({})).toEqual({ minLoad: 0, maxLoad: DEFAULT_MAX_LOAD, available: true });
    expect(loadBounds({ minLoad: 2, maxLoad: 7, available: false })).toEqual({
      minLoad: 2,
      maxLoad: 7,
      available: false,
    });
  });
});

describe('loadBoundsProblem', () => {
  it('accepts consistent bounds, including equal ones', () => {
    expect(loadBoundsProblem({}, { maxLoad: 5, minLoad: 5 })).toBeUndefined();
    expect(loadBoundsProblem({ minLoad: 3 }, { maxLoad: 3 })).toBeUndefined();
    expect(
      loadBoundsProblem({ minLoad: 9, maxLoad: 9 }, { minLoad: null, maxLoad: 0 }),
    ).toBeUndefined();
  });

  it('blames the minimum when it is the field being raised above the maximum', () => {
    expect(loadBoundsProblem({ maxLoad: 4 }, { minLoad: 5 })?.field).toBe('minLoad');
  });

  it('blames the maximum when it is lowered below the stored minimum', () => {
    expect(loadBoundsProblem({ minLoad: 6, maxLoad: 8 }, { maxLoad: 5 })?.field).toBe('maxLoad');
  });

  it('checks a new minimum against the default maximum', () => {
    expect(loadBoundsProblem({}, { minLoad: DEFAULT_MAX_LOAD + 1 })?.field).toBe('minLoad');
  });
});

describe('isDeclarable', () => {
  it('offers submitted applications on their way through review, never drafts', () => {
    expect(applicationStatuses.filter(isDeclarable)).toEqual([
      'submitted',
      'eligible',
      'in_review',
      'shortlisted',
      'not_selected',
      'winner',
    ]);
  });
});
