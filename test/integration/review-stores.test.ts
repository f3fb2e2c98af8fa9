import { beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentRecord } from '../../functions/src/ports/assignments.ts';
import type { ReviewRecord } from '../../functions/src/ports/reviews.ts';
import { uniqueId } from '../helpers/factories.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const now = '2027-05-01T10:00:00.000Z';

describe('assignment and review stores on DynamoDB Local', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ now });
  });

  const assignment = (competitionId: string, applicationId: string, jurorId: string) =>
    ({
      competitionId,
      applicationId,
      jurorId,
      source: 'manual',
      assignedAt: now,
      assignedBy: 'user-organiser',
    }) satisfies AssignmentRecord;

  const review = (
    competitionId: string,
    applicationId: string,
    jurorId: string,
    version: number,
    extra: Partial<ReviewRecord> = {},
  ): ReviewRecord => ({
    competitionId,
    applicationId,
    jurorId,
    status: 'draft',
    scores: { relevance: { score: version } },
    overallComment: `version ${version}`,
    version,
    createdAt: now,
    updatedAt: now,
    ...extra,
  });

  it('lists assignments by competition, application and juror queue', async () => {
    const { assignments } = api.deps;
    const competition = uniqueId('comp');
    const other = uniqueId('comp');
    const [a1, a2] = [uniqueId('app'), uniqueId('app')];
    const [j1, j2] = [uniqueId('user'), uniqueId('user')];
    expect(await assignments.add(assignment(competition, a1, j1))).toBe('added');
    expect(await assignments.add(assignment(competition, a1, j1))).toBe('already-assigned');
    await assignments.add(assignment(competition, a1, j2));
    await assignments.add(assignment(competition, a2, j1));
    await assignments.add(assignment(other, uniqueId('app'), j1));

    expect(await assignments.listOfCompetition(competition)).toHaveLength(3);
    expect(
      (await assignments.listOfApplication(competition, a1)).map((item) => item.jurorId).sort(),
    ).toEqual([j1, j2].sort());
    const queue = await assignments.listOfJuror(j1, competition);
    expect(queue.map((item) => item.applicationId).sort()).toEqual([a1, a2].sort());
    expect(queue.every((item) => item.competitionId === competition)).toBe(true);
  });

  it('keeps every version of a review and refuses a stale save with a version conflict', async () => {
    const { assignments, reviews } = api.deps;
    const competition = uniqueId('comp');
    const application = uniqueId('app');
    const juror = uniqueId('user');
    await assignments.add(assignment(competition, application, juror));

    await reviews.save(review(competition, application, juror, 1), 0);
    await expect(reviews.save(review(competition, application, juror, 1), 0)).rejects.toMatchObject(
      { code: 'conflict/version-mismatch' },
    );
    await reviews.save(review(competition, application, juror, 2), 1);
    // Two tabs saving on top of version 2 at once: exactly one wins.
    const results = await Promise.allSettled([
      reviews.save(review(competition, application, juror, 3, { overallComment: 'tab A' }), 2),
      reviews.save(review(competition, application, juror, 3, { overallComment: 'tab B' }), 2),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected');
    expect(rejected?.reason).toMatchObject({ code: 'conflict/version-mismatch' });

    const current = await reviews.get(application, juror);
    expect(current?.version).toBe(3);
    const versions = await reviews.listVersions(application, juror);
    expect(versions.map((item) => item.version)).toEqual([1, 2, 3]);
    expect(versions[2]?.overallComment).toBe(current?.overallComment);
    expect(await reviews.listOfApplication(application)).toHaveLength(1);
    expect((await reviews.listOfCompetition(competition)).map((item) => item.jurorId)).toEqual([
      juror,
    ]);
  });

  it('refuses a review without an assignment, and never removes a started one', async () => {
    const { assignments, reviews } = api.deps;
    const competition = uniqueId('comp');
    const application = uniqueId('app');
    const [started, fresh, newcomer] = [uniqueId('user'), uniqueId('user'), uniqueId('user')];
    await expect(
      reviews.save(review(competition, application, started, 1), 0),
    ).rejects.toMatchObject({ code: 'resource/not-found' });

    await assignments.add(assignment(competition, application, started));
    await assignments.add(assignment(competition, application, fresh));
    await reviews.save(review(competition, application, started, 1), 0);

    expect(
      await assignments.remove(competition, { applicationId: application, jurorId: started }),
    ).toBe('review-started');
    expect(
      await assignments.swap(
        { competitionId: competition, applicationId: application, jurorId: started },
        assignment(competition, application, newcomer),
      ),
    ).toBe('review-started');
    expect(
      await assignments.swap(
        { competitionId: competition, applicationId: application, jurorId: fresh },
        assignment(competition, application, started),
      ),
    ).toBe('already-assigned');
    expect(
      await assignments.swap(
        { competitionId: competition, applicationId: application, jurorId: fresh },
        assignment(competition, application, newcomer),
      ),
    ).toBe('swapped');
    expect(
      await assignments.remove(competition, { applicationId: application, jurorId: fresh }),
    ).toBe('not-found');
    expect(
      (await assignments.listOfApplication(competition, application))
        .map((item) => item.jurorId)
        .sort(),
    ).toEqual([started, newcomer].sort());
  });

  it('applies a large run in chunks and flags divergence once', async () => {
    const { assignments } = api.deps;
    const competition = uniqueId('comp');
    const jurors = Array.from({ length: 3 }, () => uniqueId('user'));
    const applications = Array.from({ length: 50 }, () => uniqueId('app'));
    const add = applications.flatMap((applicationId) =>
      jurors.map((jurorId) => assignment(competition, applicationId, jurorId)),
    );
    await assignments.applyChanges(competition, { add, remove: [] });
    expect(await assignments.listOfCompetition(competition)).toHaveLength(150);
    await assignments.applyChanges(competition, {
      add: [],
      remove: applications
        .slice(0, 40)
        .map((applicationId) => ({ applicationId, jurorId: jurors[0]! })),
    });
    expect(await assignments.listOfJuror(jurors[0]!, competition)).toHaveLength(10);

    const flag = {
      competitionId: competition,
      applicationId: applications[0]!,
      flaggedAt: now,
      spread: 31,
    };
    const extra = assignment(competition, applications[0]!, uniqueId('user'));
    const outcomes = await Promise.all([
      assignments.flagDivergence({ ...flag, extraJurorId: extra.jurorId }, extra),
      assignments.flagDivergence(flag),
    ]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await assignments.listDivergenceFlags(competition)).toHaveLength(1);
  });

  it('keeps every deadline extension', async () => {
    const competition = uniqueId('comp');
    const juror = uniqueId('user');
    const grant = (grantedAt: string, until: string) =>
      api.deps.deadlineExtensions.grant({
        competitionId: competition,
        jurorId: juror,
        until,
        reason: 'Illness',
        grantedBy: 'user-organiser',
        grantedAt,
      });
    await grant('2027-05-01T10:00:00.000Z', '2027-06-10T13:00:00.000Z');
    await grant('2027-05-03T10:00:00.000Z', '2027-06-05T13:00:00.000Z');
    await expect(grant('2027-05-03T10:00:00.000Z', '2027-06-07T13:00:00.000Z')).rejects.toThrow();
    expect(
      (await api.deps.deadlineExtensions.listOfJuror(competition, juror)).map((item) => item.until),
    ).toEqual(['2027-06-10T13:00:00.000Z', '2027-06-05T13:00:00.000Z']);
    expect(await api.deps.deadlineExtensions.listOfCompetition(competition)).toHaveLength(2);
  });
});
