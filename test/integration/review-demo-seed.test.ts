import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssignmentRunResult,
  CompetitionList,
  DivergenceList,
  PeerReviewList,
  ReviewProgressReport,
  ReviewQueue,
  ReviewWorkspace,
} from '@laureate/schemas';
import { REVIEW_DEMO } from '../../functions/src/local/seed/demo-review.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../functions/src/local/seed/seed-demo.ts';
import { call } from '../helpers/review-world.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

/** What `npm start` shows of the competition under review. */
describe('the demo competition under review', () => {
  let api: TestApi;
  const cookies: Record<string, string> = {};
  const path = `/competitions/${REVIEW_DEMO}`;

  const signIn = async (email: string) => {
    const response = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };

  beforeAll(async () => {
    api = await createTestApi({ now: new Date().toISOString() });
    await seedDemoData({ documents: api.documents, tables: api.tables, clock: api.clock });
    cookies.organiser = await signIn('organiser@demo.laureate.test');
    cookies.juror1 = await signIn('juror1@demo.laureate.test');
  });

  it('is public and in review', async () => {
    const list = CompetitionList.parse(await (await api.app.request('/api/competitions')).json());
    expect(list.items.find((item) => item.id === REVIEW_DEMO)?.phase).toBe('review');
  });

  it('shows the organisers one diverging pair, with the extra juror already assigned', async () => {
    const divergence = DivergenceList.parse(
      await (await call(api, 'GET', `${path}/divergence`, cookies.organiser!)).json(),
    );
    expect(divergence.items).toHaveLength(1);
    expect(divergence.items[0]).toMatchObject({
      applicationId: 'app-rv-care-online',
      spread: 60,
      extraJuror: { status: 'assigned', jurorId: 'user-juror3' },
    });
    const progress = ReviewProgressReport.parse(
      await (await call(api, 'GET', `${path}/review-progress`, cookies.organiser!)).json(),
    );
    expect(progress.totals).toEqual({ assigned: 13, notStarted: 6, inProgress: 2, submitted: 5 });
    expect(progress.byJuror).toHaveLength(6);
  });

  it("gives juror 1 a queue, a blind workspace and, having submitted, the other juror's review", async () => {
    const queue = ReviewQueue.parse(
      await (await call(api, 'GET', `${path}/my-reviews`, cookies.juror1!)).json(),
    );
    expect(queue.items.map((item) => [item.applicationId, item.progress]).sort()).toEqual([
      ['app-rv-almaty-youth', 'not_started'],
      ['app-rv-care-online', 'submitted'],
    ]);
    const workspace = ReviewWorkspace.parse(
      await (await call(api, 'GET', `${path}/reviews/app-rv-care-online`, cookies.juror1!)).json(),
    );
    expect(workspace.competition.blind).toBe(true);
    expect(workspace.application.organisations.every((item) => item.name === undefined)).toBe(true);
    expect(workspace.rubric.criteria).toHaveLength(3);
    expect(workspace.review).toMatchObject({ status: 'submitted', weightedTotal: 91.67 });
    const others = PeerReviewList.parse(
      await (
        await call(api, 'GET', `${path}/reviews/app-rv-care-online/others`, cookies.juror1!)
      ).json(),
    );
    expect(others.items.map((item) => item.weightedTotal)).toEqual([91.67, 31.67]);
  });

  it('is a feasible instance for the solver that keeps every started review', async () => {
    const response = await call(api, 'POST', `${path}/assignment/run`, cookies.organiser!, {
      dryRun: true,
    });
    const result = AssignmentRunResult.parse(await response.json());
    expect(result).toMatchObject({ status: 'optimal', dryRun: true, kept: 7, certified: true });
  });
});
