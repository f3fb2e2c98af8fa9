import { beforeAll, describe, expect, it } from 'vitest';
import { CompetitionList, CompetitionSummary, Problem } from '@laureate/schemas';
import { competitionRecord } from '../helpers/factories.ts';
import { createTestApi, json, type TestApi } from '../helpers/test-api.ts';

const now = '2027-03-01T10:00:00Z';

describe('GET /api/competitions', () => {
  let api: TestApi;
  const open = competitionRecord(now, { opensInDays: -5 });
  const upcoming = competitionRecord(now, { opensInDays: 30 });
  const inReview = competitionRecord(now, { opensInDays: -50 });
  const past = competitionRecord(now, { opensInDays: -200 });
  const unpublished = competitionRecord(now, { opensInDays: -5, published: false });

  beforeAll(async () => {
    api = await createTestApi({ now });
    for (const record of [open, upcoming, inReview, past, unpublished]) {
      await api.deps.competitions.create(record);
    }
  });

  it('lists published competitions only, newest call first, with the phase derived from the calendar', async () => {
    const response = await api.app.request('/api/competitions');
    expect(response.status).toBe(200);
    const body = CompetitionList.parse(await response.json());
    expect(body.items.map((item) => item.id)).toEqual([upcoming.id, open.id, inReview.id, past.id]);
    expect(body.items.map((item) => [item.phase, item.listing])).toEqual([
      ['upcoming', 'upcoming'],
      ['call_open', 'open'],
      ['review', 'in_progress'],
      ['results', 'past'],
    ]);
    expect(body.nextCursor).toBeUndefined();
  });

  it('moves a competition to the next phase when the clock passes its deadline', async () => {
    api.clock.set(open.calendar.submissionDeadline);
    const response = await api.app.request(`/api/competitions/${open.id}`);
    expect(CompetitionSummary.parse(await response.json()).phase).toBe('screening');
    api.clock.set(now);
  });

  it('filters by listing', async () => {
    const response = await api.app.request('/api/competitions?listing=open');
    const body = CompetitionList.parse(await response.json());
    expect(body.items.map((item) => item.id)).toEqual([open.id]);
  });

  it('pages with an opaque cursor until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query = new URLSearchParams({ limit: '2', ...(cursor ? { cursor } : {}) });
      const body = CompetitionList.parse(
        await (await api.app.request(`/api/competitions?${query.toString()}`)).json(),
      );
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual([upcoming.id, open.id, inReview.id, past.id]);
  });

  it('rejects a bad query with a problem naming the field', async () => {
    const response = await api.app.request('/api/competitions?limit=0&listing=someday');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe('request/invalid');
    expect(problem.errors?.map((error) => error.field).sort()).toEqual([
      'query.limit',
      'query.listing',
    ]);
  });

  it('rejects a forged cursor', async () => {
    const response = await api.app.request('/api/competitions?cursor=bm90LWEta2V5');
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).errors?.[0]?.field).toBe('query.cursor');
  });
});

describe('GET /api/competitions/{competitionId}', () => {
  let api: TestApi;
  const published = competitionRecord(now);
  const unpublished = competitionRecord(now, { published: false });

  beforeAll(async () => {
    api = await createTestApi({ now });
    await api.deps.competitions.create(published);
    await api.deps.competitions.create(unpublished);
  });

  it('returns a published competition', async () => {
    const response = await api.app.request(`/api/competitions/${published.id}`);
    expect(response.status).toBe(200);
    const body = CompetitionSummary.parse(await response.json());
    expect(body).toMatchObject({
      id: published.id,
      title: published.title,
      calendar: published.calendar,
    });
  });

  it('answers 404 for an unpublished competition, as if it did not exist', async () => {
    const hidden = await api.app.request(`/api/competitions/${unpublished.id}`);
    const missing = await api.app.request('/api/competitions/comp-does-not-exist');
    expect(hidden.status).toBe(404);
    expect(missing.status).toBe(404);
    const hiddenProblem = Problem.parse(await json(hidden));
    const missingProblem = Problem.parse(await json(missing));
    expect(hiddenProblem.code).toBe('competition/not-found');
    expect({ ...hiddenProblem, requestId: '' }).toEqual({ ...missingProblem, requestId: '' });
  });

  it('rejects a malformed id with a field error', async () => {
    const response = await api.app.request('/api/competitions/x');
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).errors?.[0]?.field).toBe('params.competitionId');
  });

  it('refuses to create a competition twice (conditional write)', async () => {
    await expect(api.deps.competitions.create(published)).rejects.toThrow(/conditional/i);
  });
});
