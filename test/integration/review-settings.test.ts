import { beforeAll, describe, expect, it } from 'vitest';
import { CompetitionSettings, Problem } from '@laureate/schemas';
import { createWorld, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

describe('review settings of a competition', () => {
  let api: TestApi;
  let world: World;

  beforeAll(async () => {
    api = await createTestApi();
    world = await createWorld(api);
  });

  const read = async () =>
    CompetitionSettings.parse(
      await (
        await api.app.request(`/api/competitions/${world.competition1}/settings`, {
          headers: { cookie: world.personas.organiser1.cookie! },
        })
      ).json(),
    );
  const patch = (body: unknown) =>
    api.app.request(`/api/competitions/${world.competition1}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: world.personas.organiser1.cookie! },
      body: JSON.stringify(body),
    });

  it('starts from the defaults and changes only the fields a PATCH names', async () => {
    const before = await read();
    expect(before).toMatchObject({
      blind: false,
      showOtherReviewsAfterSubmit: false,
      divergenceThreshold: 20,
      extraJurorOnDivergence: false,
      assignmentRules: { crossBorder: false, localExpert: false, sharedLanguage: false },
    });
    const response = await patch({
      blind: true,
      divergenceThreshold: 12.5,
      assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: true },
      version: before.version,
    });
    expect(response.status).toBe(200);
    const after = await read();
    expect(after).toMatchObject({
      blind: true,
      showOtherReviewsAfterSubmit: false,
      divergenceThreshold: 12.5,
      extraJurorOnDivergence: false,
      assignmentRules: { crossBorder: true, localExpert: false, sharedLanguage: true },
      reviewsPerApplication: 3,
      version: before.version + 1,
    });
  });

  it('refuses a threshold outside the 0–100 scale and a partial rule set, naming the fields', async () => {
    const { version } = await read();
    const response = await patch({
      divergenceThreshold: 140,
      assignmentRules: { crossBorder: true },
      version,
    });
    expect(response.status).toBe(400);
    const problem = Problem.parse(await response.json());
    const fields = (problem.errors ?? []).map((error) => error.field);
    expect(fields).toContain('body.divergenceThreshold');
    expect(fields.some((field) => field.startsWith('body.assignmentRules'))).toBe(true);
    expect((await read()).version).toBe(version);
  });

  it('keeps the automatic reminder days: [3, 1] by default, any set of 1–30, or none', async () => {
    const before = await read();
    expect(before.reminderDaysBefore).toEqual([3, 1]);
    const changed = await patch({ reminderDaysBefore: [7, 2], version: before.version });
    expect(changed.status).toBe(200);
    expect((await read()).reminderDaysBefore).toEqual([7, 2]);
    for (const refused of [[3, 3], [0], [31], [1.5], [1, 2, 3, 4, 5, 6]]) {
      const response = await patch({ reminderDaysBefore: refused, version: before.version + 1 });
      expect(response.status).toBe(400);
      const problem = Problem.parse(await response.json());
      expect(
        (problem.errors ?? []).some((error) => error.field.startsWith('body.reminderDaysBefore')),
      ).toBe(true);
    }
    const off = await patch({ reminderDaysBefore: [], version: before.version + 1 });
    expect(off.status).toBe(200);
    expect((await read()).reminderDaysBefore).toEqual([]);
  });
});
