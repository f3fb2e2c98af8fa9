import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AuditPage,
  CompetitionCreated,
  CompetitionMemberList,
  DirectoryPage,
  MemberList,
  Me,
  Organisation,
  OutboxPage,
  Problem,
} from '@laureate/schemas';
import { createVerifiedUser, createWorld, signInCookie, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const json = { 'content-type': 'application/json' };

function send(api: TestApi, method: string, path: string, body: unknown, cookie?: string) {
  return api.app.request(path, {
    method,
    headers: { ...json, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function linkTokenTo(api: TestApi, email: string): Promise<string> {
  const page = OutboxPage.parse(
    await (await api.app.request(`/api/dev/outbox?to=${encodeURIComponent(email)}`)).json(),
  );
  return new URL(page.items[0]!.link!).hash.replace('#token=', '');
}

const profile = {
  name: { ru: 'Павлодарские волонтёры', kk: 'Павлодар еріктілері' },
  legalForm: 'ОО',
  country: 'KZ',
  region: 'Павлодарская область',
  city: 'Павлодар',
  website: 'https://volunteers.example',
  themes: ['volunteering'],
  workingLanguages: ['ru', 'kk'],
  listedInDirectory: true,
};

describe('organisations and members', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await createTestApi();
    world = await createWorld(api);
  });

  it('creates an organisation with its creator as owner, and ignores fields a caller may not set', async () => {
    const cookie = world.personas.applicantB.cookie;
    const withExtra = await send(
      api,
      'POST',
      '/api/organisations',
      { ...profile, id: 'org-chosen-by-me', version: 99 },
      cookie,
    );
    expect(withExtra.status).toBe(400);
    expect(Problem.parse(await withExtra.json()).errors?.[0]?.code).toBe('unrecognized_keys');

    const created = await send(api, 'POST', '/api/organisations', profile, cookie);
    expect(created.status).toBe(201);
    const organisation = Organisation.parse(await created.json());
    expect(organisation.version).toBe(1);
    const me = Me.parse(
      await (await api.app.request('/api/auth/me', { headers: { cookie: cookie! } })).json(),
    );
    expect(me.roles).toContainEqual({
      role: 'member',
      organisationId: organisation.id,
      owner: true,
    });
  });

  it('detects concurrent profile edits by version', async () => {
    const cookie = world.personas.applicantA.cookie;
    const path = `/api/organisations/${world.organisationA}`;
    const first = await send(api, 'PATCH', path, { city: 'Омск', version: 1 }, cookie);
    expect(first.status).toBe(200);
    expect(Organisation.parse(await first.json()).version).toBe(2);
    const stale = await send(api, 'PATCH', path, { city: 'Тюмень', version: 1 }, cookie);
    expect(stale.status).toBe(409);
    expect(Problem.parse(await stale.json()).code).toBe('conflict/version-mismatch');
    const current = Organisation.parse(
      await (await api.app.request(path, { headers: { cookie: cookie! } })).json(),
    );
    expect(current.city).toBe('Омск');
  });

  it('invites a member by email; only the addressee can accept, once', async () => {
    const owner = world.personas.applicantA;
    const invitee = await createVerifiedUser(api);
    const invited = await send(
      api,
      'POST',
      `/api/organisations/${world.organisationA}/invitations`,
      { email: invitee.email, locale: 'ru' },
      owner.cookie,
    );
    expect(invited.status).toBe(201);
    const token = await linkTokenTo(api, invitee.email);

    const stranger = await send(
      api,
      'POST',
      '/api/organisation-invitations/accept',
      { token },
      world.personas.applicantB.cookie,
    );
    expect(stranger.status).toBe(403);
    expect(Problem.parse(await stranger.json()).code).toBe('token/wrong-recipient');

    const inviteeCookie = await signInCookie(api, invitee.email);
    expect(
      (await send(api, 'POST', '/api/organisation-invitations/accept', { token }, inviteeCookie))
        .status,
    ).toBe(200);
    expect(
      (await send(api, 'POST', '/api/organisation-invitations/accept', { token }, inviteeCookie))
        .status,
    ).toBe(400);

    const members = MemberList.parse(
      await (
        await api.app.request(`/api/organisations/${world.organisationA}/members`, {
          headers: { cookie: inviteeCookie },
        })
      ).json(),
    );
    expect(members.items.map((member) => [member.userId, member.role])).toContainEqual([
      invitee.id,
      'member',
    ]);
  });

  it('keeps the last owner', async () => {
    const owner = world.personas.applicantB;
    const response = await api.app.request(
      `/api/organisations/${world.organisationB}/members/${owner.userId}`,
      {
        method: 'DELETE',
        headers: { cookie: owner.cookie! },
      },
    );
    expect(response.status).toBe(409);
  });

  it('stores a logo checked by its bytes, shows it publicly only while the organisation is listed', async () => {
    const owner = world.personas.applicantB;
    const path = `/api/organisations/${world.organisationB}/logo`;
    // A 1×1 transparent PNG.
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const stored = await send(api, 'PUT', path, { dataBase64: png }, owner.cookie);
    expect(stored.status).toBe(200);
    expect(Organisation.parse(await stored.json()).logoUpdatedAt).toBeDefined();

    const publicRead = await api.app.request(path);
    expect(publicRead.status).toBe(200);
    expect(publicRead.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await publicRead.arrayBuffer()).toString('base64')).toBe(png);

    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    ).toString('base64');
    const refused = await send(api, 'PUT', path, { dataBase64: svg }, owner.cookie);
    expect(refused.status).toBe(415);
    expect(Problem.parse(await refused.json()).code).toBe('organisation/logo-type');

    const huge = Buffer.alloc(210 * 1024, 1).toString('base64');
    expect((await send(api, 'PUT', path, { dataBase64: huge }, owner.cookie)).status).toBe(400);

    // Unlisted: outsiders get 404, members still see it.
    const current = Organisation.parse(
      await (
        await api.app.request(`/api/organisations/${world.organisationB}`, {
          headers: { cookie: owner.cookie! },
        })
      ).json(),
    );
    await send(
      api,
      'PATCH',
      `/api/organisations/${world.organisationB}`,
      { listedInDirectory: false, version: current.version },
      owner.cookie,
    );
    expect((await api.app.request(path)).status).toBe(404);
    expect(
      (await api.app.request(path, { headers: { cookie: world.personas.applicantA.cookie! } }))
        .status,
    ).toBe(404);
    expect((await api.app.request(path, { headers: { cookie: owner.cookie! } })).status).toBe(200);
  });

  it('lists listed organisations in the public directory, without members', async () => {
    const cookie = world.personas.memberA.cookie;
    const listed = Organisation.parse(
      await (
        await send(api, 'POST', '/api/organisations', { ...profile, country: 'KG' }, cookie)
      ).json(),
    );
    const hidden = Organisation.parse(
      await (
        await send(
          api,
          'POST',
          '/api/organisations',
          { ...profile, country: 'KG', listedInDirectory: false },
          cookie,
        )
      ).json(),
    );
    const page = DirectoryPage.parse(
      await (await api.app.request('/api/directory?country=KG')).json(),
    );
    expect(page.items.map((entry) => entry.id)).toEqual([listed.id]);
    expect(page.items.map((entry) => entry.id)).not.toContain(hidden.id);
    expect(JSON.stringify(page)).not.toContain('@');
  });
});

describe('competitions, organisers and jurors', () => {
  let api: TestApi;
  let world: World;
  beforeAll(async () => {
    api = await createTestApi();
    world = await createWorld(api);
  });

  it('lets an administrator create a competition and grant the organiser role, audited', async () => {
    const admin = world.personas.admin;
    const created = await send(
      api,
      'POST',
      '/api/competitions',
      {
        title: { en: 'Heritage 2028' },
        summary: { en: 'Cultural heritage projects' },
        countries: ['KZ'],
        timeZone: 'Asia/Almaty',
        calendar: {
          callOpensAt: '2028-01-10T04:00:00Z',
          submissionDeadline: '2028-03-01T13:00:00Z',
          screeningEndsAt: '2028-03-15T13:00:00Z',
          reviewEndsAt: '2028-04-15T13:00:00Z',
          resultsAt: '2028-05-01T13:00:00Z',
        },
      },
      admin.cookie,
    );
    expect(created.status).toBe(201);
    const { id } = CompetitionCreated.parse(await created.json());
    // Not published yet: invisible to the public.
    expect((await api.app.request(`/api/competitions/${id}`)).status).toBe(404);

    const organiser = world.personas.organiser2;
    const granted = await send(
      api,
      'POST',
      `/api/competitions/${id}/organisers`,
      { email: organiser.email },
      admin.cookie,
    );
    expect(granted.status).toBe(204);
    const audit = AuditPage.parse(
      await (
        await api.app.request(`/api/competitions/${id}/audit`, {
          headers: { cookie: organiser.cookie! },
        })
      ).json(),
    );
    expect(audit.items.map((entry) => entry.action)).toEqual([
      'role.granted',
      'competition.created',
    ]);
  });

  it('tells an anonymous caller nothing about which competitions exist', async () => {
    const unknown = await api.app.request('/api/competitions/comp-does-not-exist/members');
    const known = await api.app.request(`/api/competitions/${world.competition1}/members`);
    expect(unknown.status).toBe(401);
    expect(known.status).toBe(401);
  });

  it('refuses deadlines out of order', async () => {
    const response = await send(
      api,
      'POST',
      '/api/competitions',
      {
        title: { en: 'Broken' },
        summary: { en: 'x' },
        countries: ['RU'],
        timeZone: 'Europe/Moscow',
        calendar: {
          callOpensAt: '2028-01-10T04:00:00Z',
          submissionDeadline: '2028-01-01T13:00:00Z',
          screeningEndsAt: '2028-03-15T13:00:00Z',
          reviewEndsAt: '2028-04-15T13:00:00Z',
          resultsAt: '2028-05-01T13:00:00Z',
        },
      },
      world.personas.admin.cookie,
    );
    expect(response.status).toBe(400);
    expect(Problem.parse(await response.json()).errors?.[0]?.message).toBe(
      'submissionDeadline must come after callOpensAt',
    );
  });

  it('invites a juror, who accepts with a profile; the role holds in that competition only', async () => {
    const organiser = world.personas.organiser1;
    const juror = await createVerifiedUser(api, { email: `expert-${Date.now()}@example.org` });
    const invited = await send(
      api,
      'POST',
      `/api/competitions/${world.competition1}/juror-invitations`,
      { email: juror.email, locale: 'kk' },
      organiser.cookie,
    );
    expect(invited.status).toBe(201);
    const token = await linkTokenTo(api, juror.email);
    const cookie = await signInCookie(api, juror.email);
    const accepted = await send(
      api,
      'POST',
      '/api/juror-invitations/accept',
      {
        token,
        profile: {
          affiliation: 'Гражданский альянс Казахстана',
          affiliationKind: 'public_organisation',
          country: 'KZ',
          expertise: ['heritage'],
          languages: ['kk', 'ru'],
        },
      },
      cookie,
    );
    expect(accepted.status).toBe(204);

    const team = CompetitionMemberList.parse(
      await (
        await api.app.request(`/api/competitions/${world.competition1}/members`, {
          headers: { cookie: organiser.cookie! },
        })
      ).json(),
    );
    expect(team.items.find((member) => member.userId === juror.id)?.jurorProfile?.country).toBe(
      'KZ',
    );

    const me = Me.parse(
      await (await api.app.request('/api/auth/me', { headers: { cookie } })).json(),
    );
    expect(me.roles).toEqual([{ role: 'juror', competitionId: world.competition1 }]);
    // A juror of competition 1 is nobody in competition 2.
    expect(
      (
        await api.app.request(`/api/competitions/${world.competition2}/members`, {
          headers: { cookie },
        })
      ).status,
    ).toBe(403);
  });

  it('keeps the audit trail append-only: no API route changes or deletes entries', async () => {
    const { Items } = await api.documents.send(
      new QueryCommand({
        TableName: api.tables.audit,
        KeyConditionExpression: 'pk = :scope',
        ExpressionAttributeValues: { ':scope': `COMP#${world.competition1}` },
      }),
    );
    expect((Items ?? []).length).toBeGreaterThan(0);
    const document = (await (await api.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const auditOperations = Object.entries(document.paths)
      .filter(([path]) => path.includes('audit'))
      .flatMap(([, methods]) => Object.keys(methods));
    expect(auditOperations).toEqual(['get']);
  });
});
