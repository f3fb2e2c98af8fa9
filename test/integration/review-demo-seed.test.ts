import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AssignmentRunResult,
  CompetitionList,
  DivergenceList,
  PeerReviewList,
  ReviewProgressReport,
  ReviewQueue,
  ReviewWorkspace,
  type FileRef,
} from '@laureate/schemas';
import { contentHash } from '../../functions/src/domain/submission-receipt.ts';
import { reviewDemoFiles } from '../../functions/src/local/seed/demo-files.ts';
import { REVIEW_DEMO } from '../../functions/src/local/seed/demo-review.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../functions/src/local/seed/seed-demo.ts';
import { call } from '../helpers/review-world.ts';
import { createTestApi, localFiles, type TestApi } from '../helpers/test-api.ts';

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
    await seedDemoData({
      documents: api.documents,
      tables: api.tables,
      clock: api.clock,
      files: localFiles(api),
    });
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

  it('gives juror 1 the files of both seeded applications, under blind names, with their bytes', async () => {
    for (const [applicationId, seeded] of Object.entries(reviewDemoFiles)) {
      const workspace = ReviewWorkspace.parse(
        await (await call(api, 'GET', `${path}/reviews/${applicationId}`, cookies.juror1!)).json(),
      );
      const shown = workspace.application.answers.attachments as FileRef[];
      expect(shown.map((file) => file.fileId)).toEqual(seeded.map((file) => file.id));
      for (const [index, file] of seeded.entries()) {
        const extension = file.declaredType === 'image/png' ? 'png' : 'pdf';
        expect(shown[index]).toMatchObject({
          name: `attachment-${index + 1}.${extension}`,
          size: file.bytes.length,
          contentType: file.declaredType,
        });
        const response = await call(
          api,
          'GET',
          `${path}/reviews/${applicationId}/attachments/${file.id}`,
          cookies.juror1!,
        );
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(file.declaredType);
        expect(new Uint8Array(await response.arrayBuffer())).toEqual(file.bytes);
      }
    }
  });

  it("keeps each file's SHA-256 in the submitted version its receipt vouches for", async () => {
    const [submitted] = await api.deps.applications.listSubmittedVersions('app-rv-care-online');
    const files = submitted!.answers.attachments as FileRef[];
    const expected = reviewDemoFiles['app-rv-care-online']!.map((file) =>
      createHash('sha256').update(file.bytes).digest('hex'),
    );
    expect(files.map((file) => file.sha256)).toEqual(expected);
    expect(submitted!.receipt.contentHash).toBe(
      await contentHash({ title: submitted!.title, formVersion: 1, answers: submitted!.answers }),
    );
    const records = await api.deps.attachments.list('app-rv-care-online');
    expect(records.map((record) => [record.status, record.sha256])).toEqual(
      expected.map((sha256) => ['stored', sha256]),
    );
  });

  it('is a feasible instance for the solver that keeps every started review', async () => {
    const response = await call(api, 'POST', `${path}/assignment/run`, cookies.organiser!, {
      dryRun: true,
    });
    const result = AssignmentRunResult.parse(await response.json());
    expect(result).toMatchObject({ status: 'optimal', dryRun: true, kept: 7, certified: true });
  });
});
