import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessRule } from '../../functions/src/domain/permissions.ts';
import { attachSamplePng } from '../helpers/attachments.ts';
import { createWorld, freshCookie, type PersonaName, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

/**
 * Every route in the OpenAPI document × every persona × own and foreign resources. The
 * expectations below are written independently of domain/permissions.ts, from the rules as
 * documented in docs/authorisation.md; a route without a declared rule fails the first test.
 */
interface Operation {
  method: string;
  path: string;
  access: AccessRule | undefined;
}

const personas: PersonaName[] = [
  'anonymous',
  'applicantA',
  'applicantB',
  'memberA',
  'juror1',
  'juror2',
  'organiser1',
  'organiser2',
  'admin',
];

type Expectation = 'pass' | 401 | 403 | 404;

/**
 * Who should be able to call each route, written here independently of the code. A route
 * added without an entry, or declared with another rule, fails the test.
 */
const intendedAccess: Record<string, AccessRule> = {
  'GET /api/health': 'public',
  'GET /api/competitions': 'public',
  'GET /api/competitions/{competitionId}': 'public',
  'POST /api/competitions': 'admin',
  'POST /api/competitions/{competitionId}/organisers': 'admin',
  'GET /api/competitions/{competitionId}/members': 'competition-organiser',
  'POST /api/competitions/{competitionId}/juror-invitations': 'competition-organiser',
  'POST /api/juror-invitations/accept': 'signed-in',
  'GET /api/competitions/{competitionId}/audit': 'competition-organiser',
  'GET /api/competitions/{competitionId}/settings': 'competition-organiser',
  'PATCH /api/competitions/{competitionId}': 'competition-organiser',
  'POST /api/competitions/{competitionId}/publish': 'competition-organiser',
  'POST /api/competitions/{competitionId}/unpublish': 'competition-organiser',
  'POST /api/competitions/{competitionId}/phase': 'competition-organiser',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-out': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/register': 'public',
  'POST /api/auth/verify-email': 'public',
  'POST /api/auth/resend-verification': 'public',
  'POST /api/auth/password-reset': 'public',
  'POST /api/auth/password-reset/confirm': 'public',
  'GET /api/account': 'signed-in',
  'PATCH /api/account': 'signed-in',
  'GET /api/account/sessions': 'signed-in',
  'DELETE /api/account/sessions/{sessionId}': 'signed-in',
  'POST /api/account/sessions/sign-out-everywhere': 'signed-in',
  'POST /api/account/totp/setup': 'signed-in',
  'POST /api/account/totp/confirm': 'signed-in',
  'POST /api/account/totp/disable': 'signed-in',
  'POST /api/organisations': 'signed-in',
  'GET /api/organisations/{organisationId}': 'organisation-member',
  'PATCH /api/organisations/{organisationId}': 'organisation-member',
  'GET /api/organisations/{organisationId}/members': 'organisation-member',
  'DELETE /api/organisations/{organisationId}/members/{userId}': 'organisation-owner',
  'POST /api/organisations/{organisationId}/invitations': 'organisation-owner',
  'POST /api/organisation-invitations/accept': 'signed-in',
  'PUT /api/organisations/{organisationId}/logo': 'organisation-member',
  'DELETE /api/organisations/{organisationId}/logo': 'organisation-member',
  // Public for listed organisations; the handler hides unlisted ones from outsiders (404).
  'GET /api/organisations/{organisationId}/logo': 'public',
  'GET /api/directory': 'public',
  'GET /api/form-templates': 'public',
  'GET /api/competitions/{competitionId}/applications': 'competition-organiser',
  'GET /api/competitions/{competitionId}/applications/counts': 'competition-organiser',
  'GET /api/competitions/{competitionId}/applications/export': 'competition-organiser',
  'POST /api/competitions/{competitionId}/applications/{applicationId}/eligibility':
    'competition-organiser',
  'PUT /api/competitions/{competitionId}/form': 'competition-organiser',
  // Public for published competitions; the handler answers 404 otherwise.
  'GET /api/competitions/{competitionId}/form': 'public',
  'GET /api/competitions/{competitionId}/form/editing': 'competition-organiser',
  'POST /api/organisations/{organisationId}/applications': 'organisation-member',
  'GET /api/organisations/{organisationId}/applications': 'organisation-member',
  'GET /api/organisations/{organisationId}/applications/{applicationId}': 'organisation-member',
  'PUT /api/organisations/{organisationId}/applications/{applicationId}/draft':
    'organisation-member',
  'POST /api/organisations/{organisationId}/applications/{applicationId}/submit':
    'organisation-member',
  'POST /api/organisations/{organisationId}/applications/{applicationId}/withdraw':
    'organisation-member',
  'POST /api/organisations/{organisationId}/applications/{applicationId}/reopen':
    'organisation-member',
  'PUT /api/organisations/{organisationId}/applications/{applicationId}/partners':
    'organisation-member',
  // Jury pool and conflicts of interest (docs/jury.md). `/jury/me` is the juror's own.
  'GET /api/competitions/{competitionId}/jury': 'competition-organiser',
  'PATCH /api/competitions/{competitionId}/jury/{userId}': 'competition-organiser',
  'GET /api/competitions/{competitionId}/jury/me': 'competition-juror',
  'PATCH /api/competitions/{competitionId}/jury/me': 'competition-juror',
  'GET /api/competitions/{competitionId}/conflict-declaration': 'competition-juror',
  'PUT /api/competitions/{competitionId}/conflicts/{applicationId}': 'competition-juror',
  'DELETE /api/competitions/{competitionId}/conflicts/{applicationId}': 'competition-juror',
  'POST /api/competitions/{competitionId}/applications/{applicationId}/conflicts/{userId}':
    'competition-organiser',
  'DELETE /api/competitions/{competitionId}/applications/{applicationId}/conflicts/{userId}':
    'competition-organiser',
  'GET /api/competitions/{competitionId}/conflicts': 'competition-organiser',
  'PUT /api/competitions/{competitionId}/bids/{applicationId}': 'competition-juror',
  'DELETE /api/competitions/{competitionId}/bids/{applicationId}': 'competition-juror',
  // Jurors' own reviews: a juror of the competition passes the rule; the handler then answers
  // 404 unless the caller is assigned to the application and not in conflict with it.
  'GET /api/competitions/{competitionId}/my-reviews': 'competition-juror',
  'GET /api/competitions/{competitionId}/reviews/{applicationId}': 'competition-juror',
  'PUT /api/competitions/{competitionId}/reviews/{applicationId}': 'competition-juror',
  'POST /api/competitions/{competitionId}/reviews/{applicationId}/submit': 'competition-juror',
  'GET /api/competitions/{competitionId}/reviews/{applicationId}/versions': 'competition-juror',
  'GET /api/competitions/{competitionId}/reviews/{applicationId}/others': 'competition-juror',
  'GET /api/competitions/{competitionId}/reviews/{applicationId}/attachments/{fileId}':
    'competition-juror',
  'GET /api/competitions/{competitionId}/applications/{applicationId}/reviews':
    'competition-organiser',
  'GET /api/competitions/{competitionId}/divergence': 'competition-organiser',
  'GET /api/competitions/{competitionId}/review-progress': 'competition-organiser',
  'POST /api/competitions/{competitionId}/review-reminders': 'competition-organiser',
  'GET /api/competitions/{competitionId}/review-deadlines/{userId}': 'competition-organiser',
  'POST /api/competitions/{competitionId}/review-deadlines/{userId}': 'competition-organiser',
  'GET /api/competitions/{competitionId}/assignments': 'competition-organiser',
  'POST /api/competitions/{competitionId}/assignments': 'competition-organiser',
  'DELETE /api/competitions/{competitionId}/assignments/{applicationId}/{userId}':
    'competition-organiser',
  'POST /api/competitions/{competitionId}/assignments/swap': 'competition-organiser',
  'POST /api/competitions/{competitionId}/assignment/run': 'competition-organiser',
  'POST /api/competitions/{competitionId}/assignment/runs': 'competition-organiser',
  'GET /api/competitions/{competitionId}/assignment/runs': 'competition-organiser',
  'GET /api/competitions/{competitionId}/assignment/runs/{runId}': 'competition-organiser',
  // Local mode only: the outbox of emails that were not really sent.
  'GET /api/dev/outbox': 'public',
  'POST /api/organisations/{organisationId}/applications/{applicationId}/attachments':
    'organisation-member',
  'POST /api/organisations/{organisationId}/applications/{applicationId}/attachments/{attachmentId}/complete':
    'organisation-member',
  'GET /api/organisations/{organisationId}/applications/{applicationId}/attachments/{attachmentId}':
    'organisation-member',
  'DELETE /api/organisations/{organisationId}/applications/{applicationId}/attachments/{attachmentId}':
    'organisation-member',
  'GET /api/competitions/{competitionId}/applications/{applicationId}/attachments/{attachmentId}':
    'competition-organiser',
  // Local mode only: the signed single-use token in the path is the permission (S3 on AWS).
  'PUT /api/uploads/{token}': 'public',
};

/** Which competition and organisation a persona calls its own. */
function ownership(world: World, persona: PersonaName) {
  const competition = persona.endsWith('2') ? world.competition2 : world.competition1;
  const organisation = persona === 'applicantB' ? world.organisationB : world.organisationA;
  return {
    own: {
      competitionId: competition,
      organisationId: organisation,
      applicationId: organisation === world.organisationA ? world.applicationA : world.applicationB,
    },
    foreign: {
      competitionId: competition === world.competition1 ? world.competition2 : world.competition1,
      organisationId:
        organisation === world.organisationA ? world.organisationB : world.organisationA,
      applicationId: organisation === world.organisationA ? world.applicationB : world.applicationA,
    },
  };
}

function expected(
  world: World,
  access: AccessRule,
  persona: PersonaName,
  target: { competitionId: string; organisationId: string },
): Expectation {
  if (access === 'public') return 'pass';
  if (persona === 'anonymous') return 401;
  const organiserOf = { organiser1: world.competition1, organiser2: world.competition2 } as Record<
    string,
    string
  >;
  const jurorOf = { juror1: world.competition1, juror2: world.competition2 } as Record<
    string,
    string
  >;
  const ownerOf = { applicantA: world.organisationA, applicantB: world.organisationB } as Record<
    string,
    string
  >;
  const memberOf = { ...ownerOf, memberA: world.organisationA } as Record<string, string>;
  switch (access) {
    case 'signed-in':
      return 'pass';
    case 'admin':
      return persona === 'admin' ? 'pass' : 403;
    case 'competition-organiser':
      return persona === 'admin' || organiserOf[persona] === target.competitionId ? 'pass' : 403;
    case 'competition-juror':
      return jurorOf[persona] === target.competitionId ? 'pass' : 403;
    case 'organisation-member':
      return memberOf[persona] === target.organisationId ? 'pass' : 404;
    case 'organisation-owner':
      if (ownerOf[persona] === target.organisationId) return 'pass';
      return memberOf[persona] === target.organisationId ? 403 : 404;
  }
}

describe('authorisation matrix', () => {
  let api: TestApi;
  let world: World;
  let operations: Operation[];
  const attachmentOf: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi();
    world = await createWorld(api);
    // One kept file on each organisation's draft, so downloads have something to find.
    for (const [persona, organisationId, applicationId] of [
      ['applicantA', world.organisationA, world.applicationA],
      ['applicantB', world.organisationB, world.applicationB],
    ] as const) {
      attachmentOf[applicationId] = await attachSamplePng(
        api,
        world.personas[persona].cookie!,
        `/api/organisations/${organisationId}/applications/${applicationId}`,
      );
    }
    const document = (await (await api.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { 'x-access'?: AccessRule }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        access: operation['x-access'],
      })),
    );
  });

  it('covers every route the app serves, each with a declared rule', () => {
    const documented = new Set(
      operations.map((operation) => `${operation.method} ${operation.path}`),
    );
    const served = api.app.routes
      .filter(
        (route) =>
          route.path.startsWith('/api/') && !route.path.includes('*') && route.method !== 'ALL',
      )
      .map((route) => `${route.method} ${route.path.replace(/:(\w+)/g, '{$1}')}`)
      .filter((route) => route !== 'GET /api/openapi.json');
    expect([...new Set(served)].filter((route) => !documented.has(route))).toEqual([]);
    expect(operations.filter((operation) => operation.access === undefined)).toEqual([]);
  });

  it('declares on each route the rule intended for it', () => {
    const declared = Object.fromEntries(
      operations.map((operation) => [`${operation.method} ${operation.path}`, operation.access]),
    );
    expect(declared).toEqual(intendedAccess);
  });

  it('gives each persona the expected answer on own and foreign resources', async () => {
    const failures: string[] = [];
    let combinations = 0;
    // Routes that end sessions go last, or they would sign the personas out for the rest.
    const endsSessions = (operation: Operation) => operation.path.includes('sign-out');
    const ordered = [
      ...operations.filter((op) => !endsSessions(op)),
      ...operations.filter(endsSessions),
    ];
    for (const operation of ordered) {
      const usesTarget = /\{(competitionId|organisationId)\}/.test(operation.path);
      for (const persona of personas) {
        const sides = ownership(world, persona);
        for (const side of usesTarget ? (['own', 'foreign'] as const) : (['own'] as const)) {
          const target = sides[side];
          const self = world.personas[persona].userId ?? 'user-nobody-000';
          const url = operation.path
            .replace('{competitionId}', target.competitionId)
            .replace('{organisationId}', target.organisationId)
            .replace('{userId}', self)
            .replace('{sessionId}', 'x'.repeat(43))
            .replace('{applicationId}', target.applicationId)
            .replace('{attachmentId}', attachmentOf[target.applicationId] ?? 'att-none')
            .replace('{fileId}', attachmentOf[target.applicationId] ?? 'att-none')
            .replace('{token}', 'not-a-signed-token')
            .replace('{runId}', 'run-none-0000');
          const cookie = endsSessions(operation)
            ? await freshCookie(api, world.personas[persona])
            : world.personas[persona].cookie;
          const response = await api.app.request(url, {
            method: operation.method,
            headers: {
              ...(cookie ? { cookie } : {}),
              ...(operation.method === 'GET' || operation.method === 'DELETE'
                ? {}
                : { 'content-type': 'application/json' }),
            },
            ...(operation.method === 'GET' || operation.method === 'DELETE' ? {} : { body: '{}' }),
          });
          combinations++;
          const want = expected(
            world,
            intendedAccess[`${operation.method} ${operation.path}`] ?? 'admin',
            persona,
            target,
          );
          const body = (await response.json().catch(() => ({}))) as { code?: string };
          const deniedByPolicy =
            response.status === 401 ||
            response.status === 403 ||
            (response.status === 404 &&
              body.code === 'resource/not-found' &&
              operation.access?.startsWith('organisation'));
          const ok = want === 'pass' ? !deniedByPolicy : response.status === want;
          if (!ok)
            failures.push(
              `${persona} ${operation.method} ${operation.path} (${side}): got ${response.status} ${body.code ?? ''}, want ${want}`,
            );
        }
      }
    }
    console.log(
      `authorisation matrix: ${combinations} combinations over ${operations.length} operations and ${personas.length} personas`,
    );
    expect(failures).toEqual([]);
    expect(combinations).toBeGreaterThan(250);
  });
});
