import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApplicationList, CompetitionList, Me, Problem } from '@laureate/schemas';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { DEMO_PASSWORD, seedDemoData } from '../../functions/src/local/seed/seed-demo.ts';
import { createTestApi, localFiles, type TestApi } from '../helpers/test-api.ts';

const jsonHeaders = { 'content-type': 'application/json' };

function signIn(api: TestApi, email: string, password: string) {
  return api.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({ email, password }),
  });
}

function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0]!;
}

describe('demo seed and sign-in', () => {
  let api: TestApi;
  const applicant = demoData.users.find((user) =>
    user.roles.some((grant) => grant.role === 'member'),
  )!;

  beforeAll(async () => {
    api = await createTestApi({ now: new Date().toISOString() });
    const first = await seedDemoData({
      documents: api.documents,
      tables: api.tables,
      clock: api.clock,
      files: localFiles(api),
    });
    expect(first).toBe('seeded');
  });

  it('seeds only once', async () => {
    expect(
      await seedDemoData({
        documents: api.documents,
        tables: api.tables,
        clock: api.clock,
        files: localFiles(api),
      }),
    ).toBe('already-seeded');
  });

  it('lists the open demo competition and hides the one still being set up', async () => {
    const body = CompetitionList.parse(await (await api.app.request('/api/competitions')).json());
    const published = demoData.competitions.filter((competition) => competition.published);
    expect(body.items.map((item) => item.id).sort()).toEqual(
      published.map((competition) => competition.id).sort(),
    );
    expect(body.items.find((item) => item.id === 'demo-crossborder-2027')?.listing).toBe('open');
  });

  it('signs a demo applicant in with an HttpOnly, SameSite=Lax session cookie and returns their roles', async () => {
    const response = await signIn(api, applicant.email.toUpperCase(), DEMO_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^laureate_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = Me.parse(await response.json());
    expect(me.email).toBe(applicant.email);
    const membership = applicant.roles.find((grant) => grant.role === 'member');
    expect(me.roles).toContainEqual(membership);
  });

  it('answers a wrong password and an unknown email identically', async () => {
    const wrongPassword = await signIn(api, applicant.email, 'not-the-password');
    const unknownEmail = await signIn(api, 'nobody@demo.laureate.test', 'not-the-password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    const strip = (problem: Problem) => ({ ...problem, requestId: undefined });
    expect(strip(Problem.parse(await wrongPassword.json()))).toEqual(
      strip(Problem.parse(await unknownEmail.json())),
    );
  });

  it('ends access on sign-out: the old cookie no longer works', async () => {
    const cookie = sessionCookie(await signIn(api, applicant.email, DEMO_PASSWORD));
    expect((await api.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(200);
    const signedOut = await api.app.request('/api/auth/sign-out', {
      method: 'POST',
      headers: { cookie },
    });
    expect(signedOut.status).toBe(204);
    const reused = await api.app.request('/api/auth/me', { headers: { cookie } });
    expect(reused.status).toBe(401);
    expect(Problem.parse(await reused.json()).code).toBe('auth/unauthenticated');
  });

  it('ends access when the session expires, even before DynamoDB TTL deletes it', async () => {
    const cookie = sessionCookie(await signIn(api, applicant.email, DEMO_PASSWORD));
    api.clock.set(new Date(Date.now() + 8 * 24 * 60 * 60 * 1000));
    try {
      expect((await api.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
    } finally {
      api.clock.set(new Date());
    }
  });

  it('gives every demo NGO its applications on the demo form, readable through the API', async () => {
    const forms = await api.app.request('/api/competitions/demo-crossborder-2027/form');
    expect(forms.status).toBe(200);
    for (const user of demoData.users
      .filter((candidate) => candidate.roles[0]?.role === 'member')
      .slice(0, 3)) {
      const grant = user.roles[0] as { organisationId: string };
      const cookie = sessionCookie(await signIn(api, user.email, DEMO_PASSWORD));
      const response = await api.app.request(
        `/api/organisations/${grant.organisationId}/applications`,
        { headers: { cookie } },
      );
      expect(response.status).toBe(200);
      const list = ApplicationList.parse(await response.json());
      const expected = demoData.applications.filter(
        (application) =>
          application.organisationId === grant.organisationId ||
          application.partnerOrganisationIds.includes(grant.organisationId),
      );
      expect(list.items.map((item) => item.id).sort()).toEqual(
        expected.map((application) => application.id).sort(),
      );
      for (const item of list.items.filter((entry) => entry.status === 'submitted')) {
        expect(item.receipt?.contentHash).toMatch(/^sha256:/);
      }
    }
  });

  it('appends sign-ins and failures to the audit trail', async () => {
    const { Items } = await api.documents.send(
      new QueryCommand({
        TableName: api.tables.audit,
        KeyConditionExpression: 'pk = :scope',
        ExpressionAttributeValues: { ':scope': `USER#${applicant.id}` },
      }),
    );
    const actions = (Items ?? []).map((item) => item.action as string);
    expect(actions).toContain('auth.signed-in');
    expect(actions).toContain('auth.sign-in-failed');
    expect(actions).toContain('auth.signed-out');
  });
});
