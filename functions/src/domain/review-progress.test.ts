import { describe, expect, it } from 'vitest';
import { scoreDistribution, summariseProgress } from './review-progress.ts';

describe('scoreDistribution', () => {
  it('summarises totals and bins them by ten points, 100 in the top bin', () => {
    const distribution = scoreDistribution([40, 60, 80, 100, 5.5]);
    expect(distribution).toMatchObject({ count: 5, mean: 57.1, median: 60, min: 5.5, max: 100 });
    expect(distribution.histogram).toEqual([1, 0, 0, 0, 1, 0, 1, 0, 1, 1]);
    expect(distribution.standardDeviation).toBe(32.64);
    expect(scoreDistribution([50, 70]).median).toBe(60);
    expect(scoreDistribution([])).toEqual({ count: 0, histogram: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] });
  });
});

describe('summariseProgress', () => {
  const now = new Date('2027-05-02T00:00:00Z');
  const applications = [
    { id: 'a1', trackId: 'heritage', country: 'KZ' },
    { id: 'a2', trackId: 'social-work', country: 'RU' },
  ];
  const jurors = [
    { jurorId: 'late', deadlineAt: '2027-05-01T13:00:00Z' },
    { jurorId: 'extended', deadlineAt: '2027-05-10T13:00:00Z' },
    { jurorId: 'idle', deadlineAt: '2027-05-01T13:00:00Z' },
  ];
  const pairs = [
    { applicationId: 'a1', jurorId: 'late', progress: 'submitted' as const, weightedTotal: 70 },
    { applicationId: 'a2', jurorId: 'late', progress: 'in_progress' as const },
    { applicationId: 'a1', jurorId: 'extended', progress: 'not_started' as const },
    { applicationId: 'a2', jurorId: 'extended', progress: 'submitted' as const, weightedTotal: 30 },
  ];

  it('counts by juror, track and country, and names the overdue jurors', () => {
    const summary = summariseProgress(pairs, jurors, applications, now);
    expect(summary.totals).toEqual({ assigned: 4, notStarted: 1, inProgress: 1, submitted: 2 });
    expect(summary.byTrack.get('heritage')).toEqual({
      assigned: 2,
      notStarted: 1,
      inProgress: 0,
      submitted: 1,
    });
    expect(summary.byCountry.get('RU')).toMatchObject({ assigned: 2, submitted: 1 });
    expect(summary.byJuror.get('late')).toMatchObject({ status: 'overdue', submitted: 1 });
    expect(summary.byJuror.get('extended')).toMatchObject({ status: 'on_track' });
    // A juror with nothing assigned is listed, and done.
    expect(summary.byJuror.get('idle')).toMatchObject({ assigned: 0, status: 'done' });
    expect(summary.overdueJurorIds).toEqual(['late']);
    expect(summary.byJuror.get('late')?.scores).toMatchObject({ count: 1, mean: 70 });
    expect(summary.allScores).toMatchObject({ count: 2, mean: 50 });
  });
});
