import { describe, expect, it } from 'vitest';
import type { AssignmentInstance, InstanceJuror } from './instance.ts';
import { solveAssignment } from './solve.ts';
import type { RuleFailure } from './explain-infeasibility.ts';

const juror = (id: string, country: string, extra: Partial<InstanceJuror> = {}): InstanceJuror => ({
  id,
  country,
  languages: ['ru'],
  maxLoad: 10,
  ...extra,
});

const pairs = (applications: string[], jurors: string[]) =>
  applications.flatMap((a) => jurors.map((j) => ({ application: a, juror: j, affinity: 1 })));

function failures(instance: AssignmentInstance): RuleFailure[] {
  const result = solveAssignment(instance);
  if (result.status !== 'infeasible') throw new Error(`expected infeasible, got ${result.status}`);
  return result.explanation.failures;
}

describe('infeasibility explanations', () => {
  it('names the applications with too few allowed jurors, and by how much', () => {
    expect(
      failures({
        reviewsPerApplication: 3,
        applications: [
          { id: 'a', country: 'RU' },
          { id: 'b', country: 'RU' },
        ],
        jurors: [juror('j1', 'RU'), juror('j2', 'RU'), juror('j3', 'RU')],
        pairs: pairs(['a', 'b'], ['j1', 'j2', 'j3']),
        conflicts: [{ application: 'b', juror: 'j3' }],
      }),
    ).toEqual([
      expect.objectContaining({
        rule: 'kReviews',
        shortfall: 1,
        applications: [{ application: 'b', required: 3, available: 2, shortfall: 1 }],
      }),
    ]);
  });

  it('blames the shared-language rule when it removes the jurors', () => {
    const [failure] = failures({
      reviewsPerApplication: 2,
      applications: [{ id: 'kk-only', country: 'KZ', languages: ['kk'] }],
      jurors: [juror('j1', 'KZ', { languages: ['kk'] }), juror('j2', 'KZ'), juror('j3', 'RU')],
      pairs: pairs(['kk-only'], ['j1', 'j2', 'j3']),
      rules: { sharedLanguage: true },
    });
    expect(failure).toMatchObject({
      rule: 'sharedLanguage',
      shortfall: 1,
      applications: [{ application: 'kk-only', required: 2, available: 1, shortfall: 1 }],
    });
  });

  it('reports cross-border and local-expert rules that no juror can meet', () => {
    const found = failures({
      reviewsPerApplication: 2,
      applications: [
        { id: 'ru', country: 'RU' },
        { id: 'kostanay', country: 'KZ', region: 'Kostanay' },
      ],
      jurors: [
        juror('ru1', 'RU'),
        juror('ru2', 'RU'),
        juror('akmola', 'KZ', { region: 'Akmola' }),
        juror('astana', 'KZ', { region: 'Astana' }),
      ],
      pairs: [
        ...pairs(['ru'], ['ru1', 'ru2']),
        ...pairs(['kostanay'], ['ru1', 'akmola', 'astana']),
      ],
      rules: { crossBorder: true, localExpert: true },
    });
    expect(found).toEqual([
      expect.objectContaining({
        rule: 'crossBorder',
        applications: [{ application: 'ru', required: 1, available: 0, shortfall: 1 }],
      }),
      expect.objectContaining({
        rule: 'localExpert',
        applications: [{ application: 'kostanay', required: 1, available: 0, shortfall: 1 }],
      }),
    ]);
  });

  it('says when one review cannot be both foreign and local', () => {
    expect(
      failures({
        reviewsPerApplication: 1,
        applications: [{ id: 'a', country: 'RU' }],
        jurors: [juror('ru', 'RU'), juror('kz', 'KZ')],
        pairs: pairs(['a'], ['ru', 'kz']),
        rules: { crossBorder: true, localExpert: true },
      }),
    ).toEqual([
      expect.objectContaining({
        rule: 'localExpert',
        applications: [{ application: 'a', required: 2, available: 1, shortfall: 1 }],
      }),
    ]);
  });

  it('compares the total need with the maximum loads', () => {
    const [failure] = failures({
      reviewsPerApplication: 2,
      applications: ['a', 'b', 'c'].map((id) => ({ id, country: 'RU' })),
      jurors: [juror('j1', 'RU', { maxLoad: 2 }), juror('j2', 'RU', { maxLoad: 3 })],
      pairs: pairs(['a', 'b', 'c'], ['j1', 'j2']),
    });
    expect(failure).toMatchObject({ rule: 'maxLoad', shortfall: 1 });
    expect(failure!.message).toBe(
      'The applications need 6 more reviews but the maximum loads of the available jurors allow 5',
    );
  });

  it('names the jurors who cannot reach their minimum load', () => {
    expect(
      failures({
        reviewsPerApplication: 1,
        applications: ['a', 'b', 'c'].map((id) => ({ id, country: 'RU' })),
        jurors: [juror('j1', 'RU', { minLoad: 2 }), juror('j2', 'RU')],
        pairs: [...pairs(['a'], ['j1', 'j2']), ...pairs(['b', 'c'], ['j2'])],
      }),
    ).toEqual([
      expect.objectContaining({
        rule: 'minLoad',
        shortfall: 1,
        jurors: [{ juror: 'j1', required: 2, available: 1, shortfall: 1 }],
      }),
    ]);
  });

  it('finds a shortage that only shows across applications, with its min cut', () => {
    // Each application alone has two jurors with room, but a, b and c share j1 and j2 (one
    // review each), while j3 may only review d.
    const [failure] = failures({
      reviewsPerApplication: 1,
      applications: ['a', 'b', 'c', 'd'].map((id) => ({ id, country: 'RU' })),
      jurors: [
        juror('j1', 'RU', { maxLoad: 1 }),
        juror('j2', 'RU', { maxLoad: 1 }),
        juror('j3', 'RU', { maxLoad: 5 }),
      ],
      pairs: [...pairs(['a', 'b', 'c'], ['j1', 'j2']), ...pairs(['d'], ['j3'])],
    });
    expect(failure).toMatchObject({
      rule: 'kReviews',
      shortfall: 1,
      saturatedJurors: ['j1', 'j2'],
    });
    expect(failure!.message).toBe(
      '3 applications need 1 more review than the jurors allowed to review them can take within their maximum loads',
    );
    expect(failure!.applications.map((item) => item.application)).toEqual(['a', 'b', 'c']);
    expect(failure!.applications.reduce((sum, item) => sum + item.shortfall, 0)).toBe(1);
  });

  it('finds a cross-border shortage across applications', () => {
    // Both Russian applications need the one Kazakh juror, who has room for one.
    const [failure] = failures({
      reviewsPerApplication: 2,
      applications: [
        { id: 'a', country: 'RU' },
        { id: 'b', country: 'RU' },
      ],
      jurors: [juror('ru1', 'RU'), juror('ru2', 'RU'), juror('kz', 'KZ', { maxLoad: 1 })],
      pairs: pairs(['a', 'b'], ['ru1', 'ru2', 'kz']),
      rules: { crossBorder: true },
    });
    expect(failure).toMatchObject({ rule: 'crossBorder', shortfall: 1, saturatedJurors: ['kz'] });
  });

  it('finds minimum loads that compete for the same applications', () => {
    const [failure] = failures({
      reviewsPerApplication: 1,
      applications: ['a', 'b', 'c'].map((id) => ({ id, country: 'RU' })),
      jurors: [
        juror('j1', 'RU', { minLoad: 2 }),
        juror('j2', 'RU', { minLoad: 1 }),
        juror('j3', 'RU'),
      ],
      pairs: [...pairs(['a', 'b'], ['j1', 'j2']), ...pairs(['c'], ['j3'])],
    });
    expect(failure).toMatchObject({ rule: 'minLoad', shortfall: 1 });
    expect(failure!.jurors.reduce((sum, item) => sum + item.shortfall, 0)).toBe(1);
  });

  it('refuses to keep a review that has become a conflict', () => {
    expect(
      failures({
        reviewsPerApplication: 1,
        applications: [{ id: 'a', country: 'RU' }],
        jurors: [juror('j1', 'RU'), juror('j2', 'RU', { maxLoad: 0 })],
        pairs: pairs(['a'], ['j1']),
        conflicts: [{ application: 'a', juror: 'j2' }],
        fixed: [{ application: 'a', juror: 'j2' }],
      }),
    ).toEqual([
      expect.objectContaining({
        rule: 'fixedAssignments',
        pairs: [{ application: 'a', juror: 'j2' }],
      }),
      expect.objectContaining({
        rule: 'maxLoad',
        jurors: [{ juror: 'j2', required: 1, available: 0, shortfall: 1 }],
      }),
    ]);
  });
});
