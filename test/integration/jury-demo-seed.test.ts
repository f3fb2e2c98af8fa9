import { beforeAll, describe, expect, it } from 'vitest';
import { ConflictDeclaration, ConflictList, JuryPool } from '@laureate/schemas';
import { DEMO_PASSWORD, seedDemoData } from '../../functions/src/local/seed/seed-demo.ts';
import { createTestApi, localFiles, type TestApi } from '../helpers/test-api.ts';

const MAIN = 'demo-crossborder-2027';

/** What `npm start` shows on the jury pages: bounds, availability, and a conflict of each kind. */
describe('the demo jury', () => {
  let api: TestApi;
  const cookies: Record<string, string> = {};

  const signIn = async (email: string) => {
    const response = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(200);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  };
  const get = (path: string, cookie: string) =>
    api.app.request(`/api/competitions/${MAIN}${path}`, { headers: { cookie } });

  beforeAll(async () => {
    api = await createTestApi({ now: new Date().toISOString() });
    await seedDemoData({
      documents: api.documents,
      tables: api.tables,
      clock: api.clock,
      files: localFiles(api),
    });
    cookies.organiser = await signIn('organiser@demo.laureate.test');
    cookies.juror3 = await signIn('juror3@demo.laureate.test');
  });

  it('gives every demo juror load bounds, availability and expertise', async () => {
    const { items } = JuryPool.parse(await (await get('/jury', cookies.organiser!)).json());
    expect(items).toHaveLength(6);
    for (const juror of items) {
      expect(juror.maxLoadSet).toBe(true);
      expect(juror.available).toBe(true);
      expect(juror.profile?.expertise.length).toBeGreaterThan(1);
    }
    expect(items.find((juror) => juror.userId === 'user-juror1')).toMatchObject({
      maxLoad: 6,
      minLoad: 2,
    });
    expect(items.find((juror) => juror.userId === 'user-juror3')?.conflicts).toBe(1);
  });

  it("shows organisers juror 3's declaration and juror 5's affiliation with a partner", async () => {
    const { items } = ConflictList.parse(
      await (await get('/conflicts', cookies.organiser!)).json(),
    );
    const sources = items.map((item) => [
      item.applicationId,
      item.jurorId,
      item.causes.map((cause) => cause.source),
    ]);
    expect(sources).toContainEqual(['app-tyumen-neighbours', 'user-juror3', ['juror']]);
    expect(sources).toContainEqual(['app-tyumen-neighbours', 'user-juror5', ['automatic']]);
  });

  it('shows juror 3 their declaration with its reason', async () => {
    const { items } = ConflictDeclaration.parse(
      await (await get('/conflict-declaration', cookies.juror3!)).json(),
    );
    const declared = items.filter((item) => item.conflict.declared);
    expect(declared.map((item) => item.applicationId)).toEqual(['app-tyumen-neighbours']);
    expect(declared[0]?.conflict.reason).toContain('Соседи');
    expect(items.length).toBeGreaterThanOrEqual(5);
  });
});
