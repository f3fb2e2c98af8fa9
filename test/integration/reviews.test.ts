import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssignmentRunResult,
  AuditPage,
  OwnReview,
  PeerReviewList,
  Problem,
  ReviewQueue,
  ReviewVersionList,
  ReviewWorkspace,
} from '@laureate/schemas';
import {
  assignDirectly,
  call,
  completeReview,
  createReviewWorld,
  type ReviewWorld,
} from '../helpers/review-world.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const DAY = 24 * 60 * 60 * 1000;

describe('jurors review their assigned applications', () => {
  let api: TestApi;
  let world: ReviewWorld;
  const problem = async (response: Response) => Problem.parse(await response.json());

  beforeAll(async () => {
    api = await createTestApi({ now: '2027-03-01T10:00:00Z' });
    world = await createReviewWorld(api, {
      blind: true,
      showOtherReviewsAfterSubmit: true,
      divergenceThreshold: 20,
      extraJurorOnDivergence: true,
    });
    const { ru1, kz1, member } = world.jurors;
    for (const jurorId of [ru1.id, kz1.id]) {
      await assignDirectly(api, world, world.applications.ru, jurorId);
      await assignDirectly(api, world, world.applications.kz, jurorId);
    }
    // Assigned by mistake before the conflict was known: membership of NGO RU still hides it.
    await assignDirectly(api, world, world.applications.ru, member.id);
    await assignDirectly(api, world, world.applications.kz, member.id);
  });

  const reviewPath = (applicationId: string, suffix = '') =>
    `/competitions/${world.competitionId}/reviews/${applicationId}${suffix}`;

  it('lists the queue with progress and the deadline, without the organisations of a blind competition', async () => {
    const response = await call(
      api,
      'GET',
      `/competitions/${world.competitionId}/my-reviews`,
      world.jurors.ru1.cookie,
    );
    expect(response.status).toBe(200);
    const queue = ReviewQueue.parse(await response.json());
    expect(queue.items.map((item) => item.applicationId).sort()).toEqual(
      [world.applications.ru, world.applications.kz].sort(),
    );
    expect(queue.items.every((item) => item.progress === 'not_started')).toBe(true);
    expect(queue.items.every((item) => item.organisationName === undefined)).toBe(true);
    expect(queue.counts).toEqual({ assigned: 2, notStarted: 2, inProgress: 0, submitted: 0 });
    expect(queue.deadline).toMatchObject({ extended: false, open: true });
    expect(queue.timeZone).toBe('Asia/Almaty');
  });

  it('shows the application anonymised, with the rubric and queue neighbours', async () => {
    const response = await call(
      api,
      'GET',
      reviewPath(world.applications.ru),
      world.jurors.ru1.cookie,
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    const workspace = ReviewWorkspace.parse(body);
    expect(workspace.competition.blind).toBe(true);
    expect(workspace.rubric.criteria.map((criterion) => criterion.id)).toEqual([
      'relevance',
      'feasibility',
    ]);
    expect(workspace.application.organisations).toEqual([
      { role: 'lead', country: 'RU' },
      { role: 'partner', country: 'KZ' },
    ]);
    expect(workspace.application.hiddenFields).toEqual(['partners.organisationName']);
    expect(JSON.stringify(body)).not.toMatch(/Мост|Степь|Ертіс/);
    expect(workspace.review).toBeUndefined();
    expect(workspace.otherReviewsReadable).toBe(false);
    expect([workspace.previousApplicationId, workspace.nextApplicationId].filter(Boolean)).toEqual([
      world.applications.kz,
    ]);
  });

  it('autosaves drafts with versions, refuses stale versions, bad scores and client totals', async () => {
    const cookie = world.jurors.ru1.cookie;
    const path = reviewPath(world.applications.ru);
    const first = await call(api, 'PUT', path, cookie, {
      scores: { relevance: { score: 7 } },
      version: 0,
    });
    expect(first.status).toBe(200);
    const draft = OwnReview.parse(await first.json());
    expect(draft).toMatchObject({ status: 'draft', version: 1, complete: false });
    expect(draft.weightedTotal).toBeUndefined();

    const stale = await call(api, 'PUT', path, cookie, { scores: {}, version: 0 });
    expect(stale.status).toBe(409);
    expect((await problem(stale)).code).toBe('conflict/version-mismatch');

    const offScale = await call(api, 'PUT', path, cookie, {
      scores: { relevance: { score: 11 }, novelty: { score: 1 } },
      version: 1,
    });
    expect(offScale.status).toBe(400);
    expect((await problem(offScale)).errors?.map((error) => error.field)).toEqual([
      'body.scores.relevance.score',
      'body.scores.novelty',
    ]);

    const forged = await call(api, 'PUT', path, cookie, {
      scores: { relevance: { score: 7 } },
      weightedTotal: 100,
      version: 1,
    });
    expect(forged.status).toBe(400);
    expect((await problem(forged)).code).toBe('request/invalid');

    const queue = ReviewQueue.parse(
      await (
        await call(api, 'GET', `/competitions/${world.competitionId}/my-reviews`, cookie)
      ).json(),
    );
    expect(queue.items.find((item) => item.applicationId === world.applications.ru)?.progress).toBe(
      'in_progress',
    );
  });

  it('submits only a complete review, computes the total, keeps every version, and is idempotent', async () => {
    const cookie = world.jurors.ru1.cookie;
    const incomplete = await call(
      api,
      'POST',
      reviewPath(world.applications.ru, '/submit'),
      cookie,
      {
        scores: { relevance: { score: 8 } },
        version: 1,
      },
    );
    expect(incomplete.status).toBe(400);
    expect((await problem(incomplete)).errors?.map((error) => error.code)).toEqual([
      'missing_score',
      'missing_recommendation',
      'missing_confidence',
      'missing_overall_comment',
    ]);

    const body = completeReview(8, 3, 1);
    const submitted = await call(
      api,
      'POST',
      reviewPath(world.applications.ru, '/submit'),
      cookie,
      body,
    );
    expect(submitted.status).toBe(200);
    const review = OwnReview.parse(await submitted.json());
    // 100 · (3 · 8/10 + 1 · (3−1)/4) / 4
    expect(review).toMatchObject({
      status: 'submitted',
      version: 2,
      weightedTotal: 72.5,
      complete: true,
    });

    const retry = await call(
      api,
      'POST',
      reviewPath(world.applications.ru, '/submit'),
      cookie,
      body,
    );
    expect(retry.status).toBe(200);
    expect(OwnReview.parse(await retry.json()).version).toBe(2);

    // An edit after submitting must keep the review complete; it stays submitted.
    const broken = await call(api, 'PUT', reviewPath(world.applications.ru), cookie, {
      scores: { relevance: { score: 9 } },
      version: 2,
    });
    expect(broken.status).toBe(400);
    const edited = await call(
      api,
      'PUT',
      reviewPath(world.applications.ru),
      cookie,
      completeReview(9, 3, 2),
    );
    expect(OwnReview.parse(await edited.json())).toMatchObject({
      status: 'submitted',
      version: 3,
      weightedTotal: 80,
    });

    const versions = ReviewVersionList.parse(
      await (await call(api, 'GET', reviewPath(world.applications.ru, '/versions'), cookie)).json(),
    );
    expect(versions.items.map((item) => [item.version, item.status, item.weightedTotal])).toEqual([
      [1, 'draft', undefined],
      [2, 'submitted', 72.5],
      [3, 'submitted', 80],
    ]);
  });

  it("shows other jurors' reviews only after one's own is submitted, labelled and never named", async () => {
    const kz1 = world.jurors.kz1.cookie;
    // A minute later than the first juror: reviewers are numbered by first submission.
    api.clock.set(new Date(api.clock.now().getTime() + 60_000));
    const before = await call(api, 'GET', reviewPath(world.applications.ru, '/others'), kz1);
    expect(before.status).toBe(403);
    expect((await problem(before)).code).toBe('review/others-hidden');

    const submitted = await call(
      api,
      'POST',
      reviewPath(world.applications.ru, '/submit'),
      kz1,
      completeReview(2, 1, 0),
    );
    expect(OwnReview.parse(await submitted.json()).weightedTotal).toBe(15);

    const after = await call(api, 'GET', reviewPath(world.applications.ru, '/others'), kz1);
    expect(after.status).toBe(200);
    const body = await after.json();
    const others = PeerReviewList.parse(body);
    expect(others.items.map((item) => [item.reviewer, item.own, item.weightedTotal])).toEqual([
      ['Reviewer 1', false, 80],
      ['Reviewer 2', true, 15],
    ]);
    expect(others.spread).toBe(65);
    const text = JSON.stringify(body);
    for (const juror of Object.values(world.jurors)) expect(text).not.toContain(juror.id);
    expect(text).not.toContain('Juror RU');
  });

  it('flags the divergence and adds one eligible, non-conflicted juror, audited', async () => {
    const assigned = await api.deps.assignments.listOfApplication(
      world.competitionId,
      world.applications.ru,
    );
    const extra = assigned.filter((assignment) => assignment.source === 'divergence');
    expect(extra).toHaveLength(1);
    // ru2 and kz2 are the only jurors not on it and not in conflict; kz2 shares no language
    // with the NGO but nothing requires it here, and ru2 has the better fit (shared language).
    expect(extra[0]?.jurorId).toBe(world.jurors.ru2.id);
    const flag = await api.deps.assignments.getDivergenceFlag(
      world.competitionId,
      world.applications.ru,
    );
    expect(flag).toMatchObject({ spread: 65, extraJurorId: world.jurors.ru2.id });

    const audit = AuditPage.parse(
      await (
        await call(api, 'GET', `/competitions/${world.competitionId}/audit`, world.organiser.cookie)
      ).json(),
    );
    const actions = audit.items.map((entry) => entry.action);
    expect(actions).toContain('review.divergence-flagged');
    expect(actions).toContain('assignment.added');
    expect(actions.filter((action) => action === 'review.submitted')).toHaveLength(2);
  });

  it('keeps the extra juror through a later assignment run: it comes on top of the k', async () => {
    const { ru } = world.applications;
    const response = await call(
      api,
      'POST',
      `/competitions/${world.competitionId}/assignment/run`,
      world.organiser.cookie,
      { dryRun: true },
    );
    expect(response.status).toBe(200);
    const result = AssignmentRunResult.parse(await response.json());
    if (result.status !== 'optimal') throw new Error('expected an assignment');
    const onRu = (pairs: { applicationId: string; jurorId: string }[]) =>
      pairs.filter((pair) => pair.applicationId === ru).map((pair) => pair.jurorId);
    // ru1 and kz1 submitted (kept) and the member is in conflict (removed): the third of the k
    // is the one juror left, kz2. ru2 came on divergence: neither counted nor removed.
    expect(onRu(result.added)).toEqual([world.jurors.kz2.id]);
    expect(onRu(result.removed)).toEqual([world.jurors.member.id]);
  });

  it('gives a conflicted juror 404 for the application, its reviews and its scores, even when assigned', async () => {
    const cookie = world.jurors.member.cookie;
    const conflicted = world.applications.ru;
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['GET', '/others', undefined],
      ['GET', '/versions', undefined],
      ['PUT', '', { scores: {}, version: 0 }],
      ['POST', '/submit', completeReview(5, 3, 0)],
    ] as const) {
      const response = await call(api, method, reviewPath(conflicted, suffix), cookie, body);
      expect(response.status, `${method} ${suffix}`).toBe(404);
      const text = await response.text();
      expect(Problem.parse(JSON.parse(text)).code).toBe('resource/not-found');
      expect(text).not.toContain(conflicted);
    }
    // Organiser routes answer a juror 403 whatever the application: no scores that way either.
    const scores = await call(
      api,
      'GET',
      `/competitions/${world.competitionId}/applications/${conflicted}/reviews`,
      cookie,
    );
    expect(scores.status).toBe(403);
    // The queue leaves the conflicted application out; the other one stays readable.
    const queue = ReviewQueue.parse(
      await (
        await call(api, 'GET', `/competitions/${world.competitionId}/my-reviews`, cookie)
      ).json(),
    );
    expect(queue.items.map((item) => item.applicationId)).toEqual([world.applications.kz]);
    expect((await call(api, 'GET', reviewPath(world.applications.kz), cookie)).status).toBe(200);
    // And nothing was written: the review was never started.
    expect(await api.deps.reviews.get(conflicted, world.jurors.member.id)).toBeUndefined();
  });

  it('answers 404 for applications not assigned to the caller, drafts included', async () => {
    const cookie = world.jurors.kz2.cookie;
    for (const applicationId of [
      world.applications.ru,
      world.applications.draft,
      'app-nothing-here',
    ]) {
      expect((await call(api, 'GET', reviewPath(applicationId), cookie)).status).toBe(404);
    }
  });

  it('closes reviews at the deadline by the server clock and reopens them for an extended juror', async () => {
    const cookie = world.jurors.kz1.cookie;
    const start = api.clock.now();
    try {
      api.clock.set(new Date(start.getTime() + 6 * DAY));
      const closed = await call(api, 'PUT', reviewPath(world.applications.kz), cookie, {
        scores: { relevance: { score: 5 } },
        version: 0,
      });
      expect(closed.status).toBe(409);
      expect((await problem(closed)).code).toBe('review/closed');
      // Still readable after the deadline.
      const workspace = ReviewWorkspace.parse(
        await (await call(api, 'GET', reviewPath(world.applications.kz), cookie)).json(),
      );
      expect(workspace.deadline.open).toBe(false);

      const extended = await call(
        api,
        'POST',
        `/competitions/${world.competitionId}/review-deadlines/${world.jurors.kz1.id}`,
        world.organiser.cookie,
        {
          until: new Date(start.getTime() + 10 * DAY).toISOString(),
          reason: 'Travelling to the field visits',
        },
      );
      expect(extended.status).toBe(200);
      const reopened = await call(api, 'PUT', reviewPath(world.applications.kz), cookie, {
        scores: { relevance: { score: 5 } },
        version: 0,
      });
      expect(reopened.status).toBe(200);
      // Another juror's deadline did not move.
      const other = await call(
        api,
        'PUT',
        reviewPath(world.applications.kz),
        world.jurors.ru1.cookie,
        {
          scores: {},
          version: 0,
        },
      );
      expect(other.status).toBe(409);
    } finally {
      api.clock.set(start);
    }
  });
});
