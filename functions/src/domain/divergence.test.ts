import { describe, expect, it } from 'vitest';
import { isDivergent, scoreSpread } from './divergence.ts';

describe('divergence', () => {
  it('measures the spread as highest minus lowest, once two totals are in', () => {
    expect(scoreSpread([])).toBeUndefined();
    expect(scoreSpread([70])).toBeUndefined();
    expect(scoreSpread([62, 81.5, 70])).toBe(19.5);
    expect(scoreSpread([33.33, 66.67])).toBe(33.34);
  });

  it('flags only a spread strictly above the threshold', () => {
    expect(isDivergent([60, 80], 20)).toBe(false);
    expect(isDivergent([60, 80.01], 20)).toBe(true);
    expect(isDivergent([90], 0)).toBe(false);
    expect(isDivergent([50, 50], 0)).toBe(false);
    expect(isDivergent([50, 50.5], 0)).toBe(true);
  });
});
