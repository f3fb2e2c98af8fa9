import {
  crossBorderSocialProjectTemplate,
  type JurorProfile,
  type ReviewSettings,
  type Rubric,
} from '@laureate/schemas';
import { expect } from 'vitest';
import type { ApplicationRecord } from '../../functions/src/ports/application-repository.ts';
import { attachFile, type PickedFile } from './attachments.ts';
import { competitionRecord, organisationRecord, uniqueId } from './factories.ts';
import { createVerifiedUser, signInCookie } from './personas.ts';
import type { TestApi } from './test-api.ts';

/**
 * A competition in its review phase (the review ends 5 days after the test clock's now, the results 25 days after), with a
 * two-criterion rubric, the cross-border form, three eligible applications from three NGOs and
 * a jury of five: the cast of the review and assignment tests.
 */

export const reviewRubric: Rubric = {
  criteria: [
    {
      id: 'relevance',
      title: { en: 'Social relevance', ru: 'Социальная значимость' },
      weight: 3,
      scale: { min: 0, max: 10 },
      levels: [
        { score: 0, descriptor: { en: 'Not shown' } },
        { score: 10, descriptor: { en: 'Compelling, with evidence' } },
      ],
    },
    {
      id: 'feasibility',
      title: { en: 'Feasibility' },
      weight: 1,
      scale: { min: 1, max: 5 },
      levels: [],
    },
  ],
};

/** A complete review: the totals are 100 · (3·relevance/10 + 1·(feasibility−1)/4) / 4. */
export function completeReview(relevance: number, feasibility: number, version: number) {
  return {
    scores: {
      relevance: { score: relevance, comment: 'Clear need, well documented.' },
      feasibility: { score: feasibility },
    },
    overallComment: 'A solid proposal.',
    recommendation: 'support' as const,
    confidence: 'high' as const,
    version,
  };
}

export interface Person {
  id: string;
  cookie: string;
}

export interface ReviewWorld {
  competitionId: string;
  organiser: Person;
  /** The owner of the three NGOs. */
  owner: Person;
  /** Jurors: ru1, ru2 (Russia), kz1, kz2 (Kazakhstan); `member` is a member of NGO RU. */
  jurors: Record<'ru1' | 'ru2' | 'kz1' | 'kz2' | 'member', Person>;
  organisations: { ru: string; kz: string; partner: string };
  /** appRu: NGO RU with NGO partner (KZ); appKz: NGO KZ; appSpare: NGO KZ; draft: NGO RU. */
  applications: { ru: string; kz: string; spare: string; draft: string };
}

export async function createReviewWorld(
  api: TestApi,
  settings: Partial<ReviewSettings> & { reviewsPerApplication?: number } = {},
): Promise<ReviewWorld> {
  const now = api.clock.now().toISOString();
  const competition = {
    ...competitionRecord(now, { opensInDays: -55, stepDays: 20 }),
    rubric: reviewRubric,
    formVersion: 1,
    ...settings,
  };
  await api.deps.competitions.create(competition, {
    ...crossBorderSocialProjectTemplate,
    version: 1,
  });
  const competitionId = competition.id;

  const person = async (name: string): Promise<Person> => {
    const user = await createVerifiedUser(api, { displayName: name });
    return { id: user.id, cookie: await signInCookie(api, user.email) };
  };
  const organiser = await person('Organiser');
  await api.deps.competitionRoles.grant({
    competitionId,
    userId: organiser.id,
    role: 'organiser',
    createdAt: now,
  });

  const juror = async (name: string, profile: Partial<JurorProfile>, maxLoad = 5) => {
    const someone = await person(name);
    await api.deps.competitionRoles.grant({
      competitionId,
      userId: someone.id,
      role: 'juror',
      jurorProfile: {
        affiliation: `${name}'s institute`,
        affiliationKind: 'academic',
        country: 'RU',
        expertise: ['social-work'],
        languages: ['ru'],
        ...profile,
      },
      maxLoad,
      createdAt: now,
    });
    return someone;
  };
  const jurors = {
    ru1: await juror('Juror RU one', { country: 'RU' }),
    ru2: await juror('Juror RU two', { country: 'RU', expertise: ['heritage'] }),
    kz1: await juror('Juror KZ one', { country: 'KZ', languages: ['ru', 'kk'] }),
    kz2: await juror('Juror KZ two', { country: 'KZ', languages: ['kk'], expertise: [] }),
    member: await juror('Juror member of NGO RU', { country: 'KZ' }),
  };

  const owner = await person('NGO owner');
  const organisation = async (name: string, country: 'RU' | 'KZ') => {
    const record = organisationRecord(now, { country, name: { ru: name } });
    await api.deps.organisations.create(record, owner.id);
    return record.id;
  };
  const organisations = {
    ru: await organisation('АНО «Мост»', 'RU'),
    kz: await organisation('ОО «Степь»', 'KZ'),
    partner: await organisation('ОФ «Ертіс»', 'KZ'),
  };
  await api.deps.organisations.addMember({
    organisationId: organisations.ru,
    userId: jurors.member.id,
    role: 'member',
    joinedAt: now,
  });

  const application = async (
    organisationId: string,
    name: string,
    country: 'RU' | 'KZ',
    status: ApplicationRecord['status'],
    partnerId?: string,
  ) => {
    const id = uniqueId('app');
    await api.deps.applications.create({
      id,
      competitionId,
      trackId: 'social-work',
      organisationId,
      organisationName: name,
      country,
      title: `Project ${id}`,
      status,
      answers: {
        projectTitle: `Project ${id}`,
        problem: 'Lonely older people in villages',
        partners: [
          {
            organisationName: 'ОФ «Ертіс»',
            country: 'KZ',
            role: 'Volunteers',
            contribution: '…',
          },
        ],
      },
      ...(partnerId
        ? {
            partners: [
              {
                organisationId: partnerId,
                role: 'partner' as const,
                contribution: 'Volunteers',
                editableSections: [],
              },
            ],
          }
        : {}),
      formVersion: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
      ...(status === 'draft' ? {} : { submittedAt: now }),
    });
    return id;
  };
  const applications = {
    ru: await application(organisations.ru, 'АНО «Мост»', 'RU', 'eligible', organisations.partner),
    kz: await application(organisations.kz, 'ОО «Степь»', 'KZ', 'eligible'),
    spare: await application(organisations.kz, 'ОО «Степь»', 'KZ', 'in_review'),
    draft: await application(organisations.ru, 'АНО «Мост»', 'RU', 'draft'),
  };
  return { competitionId, organiser, owner, jurors, organisations, applications };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Attaches real files to one of the world's applications through the applicants' own routes
 * (declare, upload, complete), as its owner did while the call was open: the application is a
 * draft again and the clock back in the call for that time, then both are put back. Returns the
 * attachment ids, in order.
 */
export async function attachFiles(
  api: TestApi,
  world: ReviewWorld,
  applicationId: string,
  files: readonly PickedFile[],
): Promise<string[]> {
  const now = api.clock.now();
  const before = (await api.deps.applications.get(applicationId))!;
  await api.deps.applications.update(
    { ...before, status: 'draft', version: before.version + 1 },
    before.version,
  );
  const ids: string[] = [];
  try {
    // The world's call ran from 55 to 35 days ago.
    api.clock.set(new Date(now.getTime() - 40 * DAY));
    const path = `/api/organisations/${before.organisationId}/applications/${applicationId}`;
    for (const file of files) ids.push(await attachFile(api, world.owner.cookie, path, file));
  } finally {
    api.clock.set(now);
    const after = (await api.deps.applications.get(applicationId))!;
    await api.deps.applications.update(
      { ...after, status: before.status, version: after.version + 1 },
      after.version,
    );
  }
  return ids;
}

/** Assigns through the store, as a run would: for setting up a test, not for testing rules. */
export async function assignDirectly(
  api: TestApi,
  world: ReviewWorld,
  applicationId: string,
  jurorId: string,
) {
  await api.deps.assignments.add({
    competitionId: world.competitionId,
    applicationId,
    jurorId,
    source: 'manual',
    assignedAt: api.clock.now().toISOString(),
    assignedBy: world.organiser.id,
  });
}

/** A juror submits a complete review at once; fails the test unless it is accepted. */
export async function submitReview(
  api: TestApi,
  world: ReviewWorld,
  cookie: string,
  applicationId: string,
  relevance: number,
  feasibility = 3,
) {
  const response = await call(
    api,
    'POST',
    `/competitions/${world.competitionId}/reviews/${applicationId}/submit`,
    cookie,
    completeReview(relevance, feasibility, 0),
  );
  expect(response.status).toBe(200);
}

/** A juror's first draft, with only relevance scored; fails the test unless it is saved. */
export async function saveFirstDraft(
  api: TestApi,
  world: ReviewWorld,
  cookie: string,
  applicationId: string,
) {
  const response = await call(
    api,
    'PUT',
    `/competitions/${world.competitionId}/reviews/${applicationId}`,
    cookie,
    { scores: { relevance: { score: 4 } }, version: 0 },
  );
  expect(response.status).toBe(200);
}

/** A JSON request to the API with a session cookie. */
export function call(api: TestApi, method: string, path: string, cookie: string, body?: unknown) {
  return api.app.request(`/api${path}`, {
    method,
    headers: {
      cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
