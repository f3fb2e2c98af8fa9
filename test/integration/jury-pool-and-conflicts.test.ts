import { beforeAll, describe, expect, it } from 'vitest';
import {
  CompetitionSettings,
  ConflictDeclaration,
  ConflictList,
  JurorStanding,
  JuryPool,
  Problem,
  type ApplicationStatus,
  type JurorProfile,
} from '@laureate/schemas';
import { conflictedJurors, conflictsOfJuror } from '../../functions/src/http/jury-context.ts';
import { organisationRecord, uniqueId } from '../helpers/factories.ts';
import { createVerifiedUser, createWorld, signInCookie, type World } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

/** A marker written into every answer: no juror route may ever return it. */
const SECRET = 'SECRET-ANSWER-7f3a';

const profile: JurorProfile = {
  affiliation: 'Kazakh National University',
  affiliationKind: 'academic',
  country: 'KZ',
  expertise: ['social-work', 'youth'],
  languages: ['ru', 'kk'],
};

describe('jury pool and conflicts of interest', () => {
  let api: TestApi;
  let world: World;
  let c1: string;
  /** Jurors of competition 1 besides the world's juror1. */
  const jurors = { member: { id: '', cookie: '' }, affiliated: { id: '', cookie: '' } };
  const orgs = { c: '', d: '' };
  const apps = { lead: '', joint: '', affiliated: '', plain: '', draft: '', other: '' };

  const call = (method: string, path: string, cookie: string | undefined, body?: unknown) =>
    api.app.request(`/api${path}`, {
      method,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const organiser = () => world.personas.organiser1.cookie!;
  const juror1 = () => world.personas.juror1.cookie!;
  const declaration = async (cookie: string) => {
    const response = await call('GET', `/competitions/${c1}/conflict-declaration`, cookie);
    expect(response.status).toBe(200);
    return ConflictDeclaration.parse(await response.json());
  };
  const conflictList = async () => {
    const response = await call('GET', `/competitions/${c1}/conflicts`, organiser());
    expect(response.status).toBe(200);
    return ConflictList.parse(await response.json());
  };
  const pool = async () => {
    const response = await call('GET', `/competitions/${c1}/jury`, organiser());
    expect(response.status).toBe(200);
    return JuryPool.parse(await response.json());
  };
  const problem = async (response: Response) => Problem.parse(await response.json());

  beforeAll(async () => {
    api = await createTestApi();
    world = await createWorld(api);
    c1 = world.competition1;
    const now = api.clock.now().toISOString();

    const organisation = async (country: 'RU' | 'KZ', ownerId: string) => {
      const id = uniqueId('org');
      const record = organisationRecord(now, {
        id,
        country,
        name: { en: `NGO ${id}`, ru: `НКО ${id}` },
      });
      await api.deps.organisations.create(record, ownerId);
      return id;
    };
    const juror = async (name: string) => {
      const user = await createVerifiedUser(api, { displayName: name });
      await api.deps.competitionRoles.grant({
        competitionId: c1,
        userId: user.id,
        role: 'juror',
        jurorProfile: { ...profile, affiliation: `${name}'s university` },
        createdAt: now,
      });
      return { id: user.id, cookie: await signInCookie(api, user.email) };
    };
    jurors.member = await juror('Juror Member');
    jurors.affiliated = await juror('Juror Affiliated');
    orgs.c = await organisation('KZ', jurors.member.id);
    const someoneElse = await createVerifiedUser(api);
    orgs.d = await organisation('KZ', someoneElse.id);
    // The affiliated juror names organisation D as theirs without being a member of it.
    const role = await api.deps.competitionRoles.get(c1, 'juror', jurors.affiliated.id);
    await api.deps.competitionRoles.update(
      {
        ...role!,
        jurorProfile: { ...role!.jurorProfile!, affiliationOrganisationId: orgs.d },
        version: 2,
      },
      1,
    );

    const application = async (
      competitionId: string,
      title: string,
      organisationId: string,
      status: ApplicationStatus,
      partners: string[] = [],
    ) => {
      const id = uniqueId('app');
      const record = {
        id,
        competitionId,
        trackId: 'social-work',
        organisationId,
        organisationName: `Lead of ${title}`,
        country: 'RU',
        title,
        status,
        answers: { summary: SECRET, contactEmail: `${SECRET}@example.org` },
        formVersion: 1,
        version: 1,
        createdAt: now,
        updatedAt: now,
        ...(status === 'draft' ? {} : { submittedAt: now }),
      };
      await api.deps.applications.create(record);
      if (partners.length > 0) {
        await api.deps.applications.setPartners(
          {
            ...record,
            partners: partners.map((partner) => ({
              organisationId: partner,
              role: 'partner' as const,
              contribution: SECRET,
              editableSections: [],
            })),
            version: 2,
          },
          1,
          [],
        );
      }
      return id;
    };
    apps.lead = await application(c1, 'Alpha: led by C', orgs.c, 'submitted');
    apps.joint = await application(c1, 'Beta: joint B+C+D', world.organisationB, 'eligible', [
      orgs.c,
      orgs.d,
    ]);
    apps.affiliated = await application(c1, 'Gamma: led by D', orgs.d, 'submitted');
    apps.plain = await application(c1, 'Delta: led by A', world.organisationA, 'submitted');
    apps.draft = await application(c1, 'Epsilon: a draft of C', orgs.c, 'draft');
    apps.other = await application(
      world.competition2,
      'Zeta: other competition',
      orgs.c,
      'submitted',
    );
  });

  describe('conflict helpers for the review routes', () => {
    it('find members of the lead and of partner organisations, and affiliated jurors', async () => {
      expect(await conflictedJurors(api.deps, c1, apps.lead)).toEqual(new Set([jurors.member.id]));
      expect(await conflictedJurors(api.deps, c1, apps.joint)).toEqual(
        new Set([jurors.member.id, jurors.affiliated.id]),
      );
      expect(await conflictedJurors(api.deps, c1, apps.affiliated)).toEqual(
        new Set([jurors.affiliated.id]),
      );
      expect(await conflictedJurors(api.deps, c1, apps.plain)).toEqual(new Set());
      // An application of another competition has nobody conflicted in this one.
      expect(await conflictedJurors(api.deps, c1, apps.other)).toEqual(new Set());
    });

    it('agree with each other on every juror and application', async () => {
      const everyJuror = [world.personas.juror1.userId!, jurors.member.id, jurors.affiliated.id];
      for (const jurorId of everyJuror) {
        const ofJuror = await conflictsOfJuror(api.deps, c1, jurorId);
        for (const applicationId of Object.values(apps)) {
          const ofApplication = await conflictedJurors(api.deps, c1, applicationId);
          expect(ofJuror.has(applicationId), `${jurorId} × ${applicationId}`).toBe(
            ofApplication.has(jurorId),
          );
        }
      }
      expect(await conflictsOfJuror(api.deps, c1, jurors.member.id)).toEqual(
        new Set([apps.lead, apps.joint, apps.draft]),
      );
      // Competition 2's application never counts in competition 1.
      expect((await conflictsOfJuror(api.deps, c1, jurors.member.id)).has(apps.other)).toBe(false);
    });
  });

  describe("a juror's declaration page", () => {
    it('lists submitted applications of this competition with titles and organisations only', async () => {
      const response = await call('GET', `/competitions/${c1}/conflict-declaration`, juror1());
      const text = await response.clone().text();
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('answers');
      const { items, bidding } = ConflictDeclaration.parse(JSON.parse(text));
      expect(bidding).toBe(false);
      expect(items.map((item) => item.title)).toEqual([
        'Alpha: led by C',
        'Beta: joint B+C+D',
        'Delta: led by A',
        'Gamma: led by D',
      ]);
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual(
          ['applicationId', 'conflict', 'organisations', 'title', 'trackId'].sort(),
        );
      }
      const joint = items.find((item) => item.applicationId === apps.joint)!;
      expect(joint.organisations.map((o) => [o.organisationId, o.role])).toEqual([
        [world.organisationB, 'lead'],
        [orgs.c, 'partner'],
        [orgs.d, 'partner'],
      ]);
      expect(joint.organisations[0]!.name).toBe('Lead of Beta: joint B+C+D');
      expect(items.every((item) => !item.conflict.declared && !item.conflict.automatic)).toBe(true);
    });

    it('shows a member of an applicant organisation the automatic conflicts', async () => {
      const { items } = await declaration(jurors.member.cookie);
      const automatic = items.filter((item) => item.conflict.automatic).map((i) => i.applicationId);
      expect(automatic.sort()).toEqual([apps.lead, apps.joint].sort());
    });

    it('keeps a declaration with its reason, shows it to organisers, and withdraws it', async () => {
      const put = await call('PUT', `/competitions/${c1}/conflicts/${apps.plain}`, juror1(), {
        reason: 'I advised this NGO last year',
      });
      expect(put.status).toBe(204);
      // Idempotent: declaring again replaces the reason.
      expect(
        (
          await call('PUT', `/competitions/${c1}/conflicts/${apps.plain}`, juror1(), {
            reason: 'I advised this NGO in 2026',
          })
        ).status,
      ).toBe(204);
      const item = (await declaration(juror1())).items.find((i) => i.applicationId === apps.plain)!;
      expect(item.conflict).toEqual({
        declared: true,
        reason: 'I advised this NGO in 2026',
        byOrganiser: false,
        automatic: false,
      });
      expect(await conflictedJurors(api.deps, c1, apps.plain)).toContain(
        world.personas.juror1.userId,
      );
      const listed = (await conflictList()).items.find(
        (entry) =>
          entry.applicationId === apps.plain && entry.jurorId === world.personas.juror1.userId,
      )!;
      expect(listed.jurorName).toBe('juror1');
      expect(listed.causes).toEqual([
        expect.objectContaining({ source: 'juror', reason: 'I advised this NGO in 2026' }),
      ]);

      const removed = await call('DELETE', `/competitions/${c1}/conflicts/${apps.plain}`, juror1());
      expect(removed.status).toBe(204);
      expect(await conflictedJurors(api.deps, c1, apps.plain)).toEqual(new Set());
      const trail = await api.deps.audit.list(`COMP#${c1}`, { limit: 100 });
      const actions = trail.items
        .filter((entry) => entry.details?.applicationId === apps.plain)
        .map((entry) => entry.action);
      expect(actions).toEqual(['conflict.withdrawn', 'conflict.declared', 'conflict.declared']);
      expect(JSON.stringify(trail.items)).not.toContain('advised');
    });

    it('answers 404 for an application of another competition, a draft or an unknown id', async () => {
      for (const applicationId of [apps.other, apps.draft, 'app-doesnotexist']) {
        const response = await call(
          'PUT',
          `/competitions/${c1}/conflicts/${applicationId}`,
          juror1(),
          {},
        );
        expect(response.status, applicationId).toBe(404);
        expect((await problem(response)).code).toBe('resource/not-found');
      }
      // And a juror of competition 1 has no say in competition 2.
      const foreign = await call(
        'PUT',
        `/competitions/${world.competition2}/conflicts/${apps.other}`,
        juror1(),
        {},
      );
      expect(foreign.status).toBe(403);
    });

    it('refuses a juror declaring for another juror', async () => {
      const viaOrganiserRoute = await call(
        'POST',
        `/competitions/${c1}/applications/${apps.plain}/conflicts/${jurors.member.id}`,
        juror1(),
        {},
      );
      expect(viaOrganiserRoute.status).toBe(403);
      const withJurorInBody = await call(
        'PUT',
        `/competitions/${c1}/conflicts/${apps.plain}`,
        juror1(),
        {
          jurorId: jurors.member.id,
        },
      );
      expect(withJurorInBody.status).toBe(400);
      expect((await problem(withJurorInBody)).errors?.[0]?.code).toBe('unrecognized_keys');
      expect(await conflictedJurors(api.deps, c1, apps.plain)).toEqual(new Set());
    });
  });

  describe("organisers' declarations and list", () => {
    it('declares a juror in conflict, hides the reason from the juror, and keeps sources apart', async () => {
      const path = `/competitions/${c1}/applications/${apps.plain}/conflicts/${world.personas.juror1.userId}`;
      expect((await call('POST', path, organiser(), { reason: 'Same city council' })).status).toBe(
        204,
      );
      const response = await call('GET', `/competitions/${c1}/conflict-declaration`, juror1());
      const text = await response.text();
      expect(text).not.toContain('Same city council');
      const item = ConflictDeclaration.parse(JSON.parse(text)).items.find(
        (i) => i.applicationId === apps.plain,
      )!;
      expect(item.conflict).toMatchObject({ declared: false, byOrganiser: true });

      // The juror's own withdrawal cannot lift the organisers' declaration.
      await call('PUT', `/competitions/${c1}/conflicts/${apps.plain}`, juror1(), {});
      await call('DELETE', `/competitions/${c1}/conflicts/${apps.plain}`, juror1());
      expect(await conflictedJurors(api.deps, c1, apps.plain)).toContain(
        world.personas.juror1.userId,
      );
      const entry = (await conflictList()).items.find(
        (e) => e.applicationId === apps.plain && e.jurorId === world.personas.juror1.userId,
      )!;
      expect(entry.causes).toEqual([
        {
          source: 'organiser',
          reason: 'Same city council',
          declaredBy: world.personas.organiser1.userId,
          declaredAt: api.clock.now().toISOString(),
        },
      ]);

      expect((await call('DELETE', path, organiser())).status).toBe(204);
      expect(await conflictedJurors(api.deps, c1, apps.plain)).toEqual(new Set());
    });

    it('answers 404 for a user who is not a juror here and for applications not in the competition', async () => {
      const notJuror = await call(
        'POST',
        `/competitions/${c1}/applications/${apps.plain}/conflicts/${world.personas.applicantA.userId}`,
        organiser(),
        {},
      );
      expect(notJuror.status).toBe(404);
      for (const applicationId of [apps.other, apps.draft]) {
        const response = await call(
          'POST',
          `/competitions/${c1}/applications/${applicationId}/conflicts/${jurors.member.id}`,
          organiser(),
          {},
        );
        expect(response.status, applicationId).toBe(404);
      }
      const otherOrganiser = await call(
        'POST',
        `/competitions/${c1}/applications/${apps.plain}/conflicts/${jurors.member.id}`,
        world.personas.organiser2.cookie,
        {},
      );
      expect(otherOrganiser.status).toBe(403);
    });

    it('lists automatic conflicts with the organisation and the way they arise, never drafts', async () => {
      const { items } = await conflictList();
      const about = (applicationId: string, jurorId: string) =>
        items.find((e) => e.applicationId === applicationId && e.jurorId === jurorId)?.causes;
      expect(about(apps.lead, jurors.member.id)).toEqual([
        {
          source: 'automatic',
          via: 'membership',
          organisationId: orgs.c,
          organisationName: `NGO ${orgs.c}`,
        },
      ]);
      expect(about(apps.joint, jurors.member.id)).toEqual([
        {
          source: 'automatic',
          via: 'membership',
          organisationId: orgs.c,
          organisationName: `NGO ${orgs.c}`,
        },
      ]);
      expect(about(apps.joint, jurors.affiliated.id)).toEqual([
        {
          source: 'automatic',
          via: 'affiliation',
          organisationId: orgs.d,
          organisationName: `NGO ${orgs.d}`,
        },
      ]);
      expect(about(apps.affiliated, jurors.affiliated.id)).toHaveLength(1);
      expect(items.some((e) => e.applicationId === apps.draft)).toBe(false);
      expect(JSON.stringify(items)).not.toContain('Epsilon');
    });
  });

  describe('bids', () => {
    const bid = (method: 'PUT' | 'DELETE', body?: unknown) =>
      call(method, `/competitions/${c1}/bids/${apps.plain}`, juror1(), body);

    it('are refused while the competition has bidding off', async () => {
      const put = await bid('PUT', { bid: 'want' });
      expect(put.status).toBe(409);
      expect((await problem(put)).code).toBe('jury/bidding-off');
      expect((await bid('DELETE')).status).toBe(409);
      expect(await api.deps.bids.listOfJuror(c1, world.personas.juror1.userId!)).toEqual([]);
    });

    it('are kept once the organisers turn bidding on, and cleared', async () => {
      const settings = CompetitionSettings.parse(
        await (await call('GET', `/competitions/${c1}/settings`, organiser())).json(),
      );
      const patched = await call('PATCH', `/competitions/${c1}`, organiser(), {
        bidding: true,
        version: settings.version,
      });
      expect(patched.status).toBe(200);
      expect(CompetitionSettings.parse(await patched.json()).bidding).toBe(true);

      expect((await bid('PUT', { bid: 'maybe' })).status).toBe(400);
      expect((await bid('PUT', { bid: 'want' })).status).toBe(204);
      expect((await bid('PUT', { bid: 'not' })).status).toBe(204);
      const listed = await declaration(juror1());
      expect(listed.bidding).toBe(true);
      expect(listed.items.find((i) => i.applicationId === apps.plain)?.bid).toBe('not');
      expect(
        (await call('PUT', `/competitions/${c1}/bids/${apps.other}`, juror1(), { bid: 'want' }))
          .status,
      ).toBe(404);
      expect((await bid('DELETE')).status).toBe(204);
      expect(
        (await declaration(juror1())).items.find((i) => i.applicationId === apps.plain)?.bid,
      ).toBeUndefined();
    });
  });

  describe('the pool', () => {
    it('lists jurors with default bounds and their conflict counts over submitted applications', async () => {
      const { items } = await pool();
      expect(items).toHaveLength(3);
      const member = items.find((item) => item.userId === jurors.member.id)!;
      expect(member).toMatchObject({
        displayName: 'Juror Member',
        maxLoad: 10,
        minLoad: 0,
        maxLoadSet: false,
        available: true,
        // The lead and the joint application; the draft is not counted.
        conflicts: 2,
      });
      expect(member.profile?.country).toBe('KZ');
    });

    it('lets organisers set bounds and availability, with versions and consistent bounds', async () => {
      const path = `/competitions/${c1}/jury/${jurors.member.id}`;
      const { items } = await pool();
      const { version } = items.find((item) => item.userId === jurors.member.id)!;
      const updated = await call('PATCH', path, organiser(), {
        maxLoad: 6,
        minLoad: 2,
        available: false,
        version,
      });
      expect(updated.status).toBe(200);
      expect(JurorStanding.parse(await updated.json())).toMatchObject({
        maxLoad: 6,
        minLoad: 2,
        available: false,
        version: version + 1,
      });
      const stale = await call('PATCH', path, organiser(), { maxLoad: 7, version });
      expect(stale.status).toBe(409);
      const inverted = await call('PATCH', path, organiser(), { minLoad: 9, version: version + 1 });
      expect(inverted.status).toBe(400);
      expect((await problem(inverted)).errors?.[0]?.field).toBe('body.minLoad');
      const cleared = await call('PATCH', path, organiser(), {
        minLoad: null,
        version: version + 1,
      });
      expect(JurorStanding.parse(await cleared.json())).toMatchObject({ minLoad: 0, maxLoad: 6 });
      const entry = (await pool()).items.find((item) => item.userId === jurors.member.id)!;
      expect(entry).toMatchObject({ maxLoadSet: true, available: false, version: version + 2 });
      const trail = await api.deps.audit.list(`COMP#${c1}`, { limit: 100 });
      expect(trail.items.filter((e) => e.action === 'juror.pool-updated')).toHaveLength(2);
    });

    it('shows progress once assignments exist: assigned applications and submitted reviews', async () => {
      expect((await pool()).items.every((item) => item.assigned === undefined)).toBe(true);
      const now = api.clock.now().toISOString();
      const assign = (applicationId: string, jurorId: string) =>
        api.deps.assignments.add({
          competitionId: c1,
          applicationId,
          jurorId,
          source: 'manual',
          assignedAt: now,
          assignedBy: world.personas.organiser1.userId!,
        });
      await assign(apps.plain, jurors.member.id);
      await assign(apps.affiliated, jurors.member.id);
      await api.deps.reviews.save(
        {
          competitionId: c1,
          applicationId: apps.plain,
          jurorId: jurors.member.id,
          status: 'submitted',
          scores: {},
          overallComment: '',
          version: 1,
          createdAt: now,
          updatedAt: now,
          submittedAt: now,
        },
        0,
      );
      const { items } = await pool();
      expect(items.find((item) => item.userId === jurors.member.id)).toMatchObject({
        assigned: 2,
        reviewsSubmitted: 1,
      });
      expect(items.find((item) => item.userId === jurors.affiliated.id)).toMatchObject({
        assigned: 0,
        reviewsSubmitted: 0,
      });
    });

    it('answers 404 for a non-juror and 403 to jurors and other organisers', async () => {
      const notJuror = await call(
        'PATCH',
        `/competitions/${c1}/jury/${world.personas.organiser1.userId}`,
        organiser(),
        { available: false, version: 1 },
      );
      expect(notJuror.status).toBe(404);
      const byJuror = await call(
        'PATCH',
        `/competitions/${c1}/jury/${jurors.member.id}`,
        juror1(),
        {
          available: true,
          version: 1,
        },
      );
      expect(byJuror.status).toBe(403);
      expect((await call('GET', `/competitions/${c1}/jury`, juror1())).status).toBe(403);
      expect(
        (await call('GET', `/competitions/${c1}/jury`, world.personas.organiser2.cookie)).status,
      ).toBe(403);
      // "me" is the juror's own route, never a user id on the organisers' one.
      expect(
        (await call('PATCH', `/competitions/${c1}/jury/me`, organiser(), { version: 1 })).status,
      ).toBe(403);
    });
  });

  describe("a juror's own profile", () => {
    it('requires a complete profile from a juror who never gave one, then keeps partial edits', async () => {
      const read = await call('GET', `/competitions/${c1}/jury/me`, juror1());
      const standing = JurorStanding.parse(await read.json());
      expect(standing.profile).toBeUndefined();
      expect(standing).toMatchObject({ maxLoad: 10, available: true });

      const partial = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        country: 'RU',
        version: standing.version,
      });
      expect(partial.status).toBe(400);
      expect((await problem(partial)).errors?.map((e) => e.field)).toContain('body.affiliation');

      const full = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        ...profile,
        version: standing.version,
      });
      expect(full.status).toBe(200);
      const saved = JurorStanding.parse(await full.json());
      const edit = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        expertise: ['culture'],
        version: saved.version,
      });
      expect(JurorStanding.parse(await edit.json()).profile).toEqual({
        ...profile,
        expertise: ['culture'],
      });
    });

    it('refuses load bounds from the juror and unknown organisations', async () => {
      const { version } = JurorStanding.parse(
        await (await call('GET', `/competitions/${c1}/jury/me`, juror1())).json(),
      );
      const load = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        maxLoad: 100,
        version,
      });
      expect(load.status).toBe(400);
      const unknown = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        affiliationOrganisationId: 'org-doesnotexist',
        version,
      });
      expect(unknown.status).toBe(400);
      expect((await problem(unknown)).errors?.[0]?.field).toBe('body.affiliationOrganisationId');
    });

    it('makes an affiliation an automatic conflict at once, and lifts it when removed', async () => {
      const jurorId = world.personas.juror1.userId!;
      const read = async () =>
        JurorStanding.parse(
          await (await call('GET', `/competitions/${c1}/jury/me`, juror1())).json(),
        );
      const affiliated = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        affiliationOrganisationId: world.organisationA,
        version: (await read()).version,
      });
      expect(affiliated.status).toBe(200);
      // The world's own draft of organisation A counts too: drafts are never shown, but stay safe.
      expect(await conflictsOfJuror(api.deps, c1, jurorId)).toEqual(
        new Set([apps.plain, world.applicationA]),
      );
      const item = (await declaration(juror1())).items.find((i) => i.applicationId === apps.plain)!;
      expect(item.conflict.automatic).toBe(true);

      const removed = await call('PATCH', `/competitions/${c1}/jury/me`, juror1(), {
        affiliationOrganisationId: null,
        version: (await read()).version,
      });
      expect(removed.status).toBe(200);
      expect((await read()).profile?.affiliationOrganisationId).toBeUndefined();
      expect(await conflictsOfJuror(api.deps, c1, jurorId)).toEqual(new Set());
    });
  });
});
