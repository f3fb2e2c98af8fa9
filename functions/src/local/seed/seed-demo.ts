import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { crossBorderSocialProjectTemplate, type CompetitionCalendar } from '@laureate/schemas';
import { hashPassword } from '#adapters/crypto/password-hasher';
import { competitionRoleItem } from '#adapters/dynamodb/competition-role-store';
import { competitionItem } from '#adapters/dynamodb/competition-store';
import { conflictItem } from '#adapters/dynamodb/conflict-store';
import { applicationItem } from '#adapters/dynamodb/application-store';
import { keys } from '#adapters/dynamodb/keys';
import { issueReceipt } from '#domain/submission-receipt';
import { pickLocalized } from '#domain/localized-text';
import type { ApplicationRecord } from '#ports/application-repository';
import { directoryKeys, membershipItem } from '#adapters/dynamodb/organisation-store';
import type { TableNames } from '#adapters/dynamodb/table-definitions';
import type { Clock } from '#ports/clock';
import { demoData } from './demo-data.ts';
import { reviewSeedItems } from './seed-reviews.ts';
import { seedApplicationFiles, type SeedFileStore } from './seed-files.ts';
import type {
  DemoApplication,
  DemoCompetition,
  DemoData,
  DemoOrganisation,
  DemoUser,
} from './demo-types.ts';

/** Every demo account shares this password. Local mode only: a deployed stack never seeds. */
export const DEMO_PASSWORD = 'laureate-demo';

/**
 * Administrators must sign in with TOTP. The demo administrator's secret is fixed so that it can
 * be added to an authenticator app, or turned into a code with `npm run totp`.
 */
export const DEMO_ADMIN_TOTP_SECRET = 'LAUREATEDEMOADMINTOTPSECRET234567';

const DEMO_FORM_VERSION = 1;

const seedMarker = { pk: 'SEED#demo', sk: 'SEED' };
const DAY_MS = 24 * 60 * 60 * 1000;
/** Deadlines fall at 13:00 UTC: 18:00 in Astana, 16:00 in Moscow. */
const DEADLINE_HOUR_UTC = 13;

export type SeedOutcome = 'seeded' | 'already-seeded';

/**
 * Seeds the demo competition, organisations, accounts, applications and their attached files
 * once. A marker item, written last, records that seeding finished; an interrupted run is
 * simply repeated (files are rewritten whole under the same keys).
 */
export async function seedDemoData(options: {
  documents: DynamoDBDocumentClient;
  tables: TableNames;
  clock: Clock;
  /** The local file store the server will read attachments from. */
  files: SeedFileStore;
  data?: DemoData;
}): Promise<SeedOutcome> {
  const { documents, tables, clock, files } = options;
  const data = options.data ?? demoData;
  const { Item } = await documents.send(
    new GetCommand({ TableName: tables.main, Key: seedMarker }),
  );
  if (Item) return 'already-seeded';

  const now = clock.now();
  const items = [
    ...data.competitions.map((competition) =>
      competitionItem(toCompetitionRecord(competition, now)),
    ),
    ...data.organisations.map((organisation) => organisationItems(organisation, now)).flat(),
    ...(await Promise.all(data.users.map((user) => userItems(user, now)))).flat(),
    ...(
      await Promise.all(
        data.applications.map((application) => applicationItems(application, data, now, files)),
      )
    ).flat(),
    ...(data.conflicts ?? []).map(({ declaredOffsetDays, reason, ...conflict }) =>
      conflictItem({
        ...conflict,
        ...(reason ? { reason } : {}),
        declaredAt: dayOffset(now, declaredOffsetDays),
      }),
    ),
    ...reviewSeedItems(data, now, dayOffset),
    // Every demo competition takes applications on the cross-border social-project form.
    ...data.competitions.map((competition) => ({
      ...keys.competitionForm(competition.id, DEMO_FORM_VERSION),
      entity: 'form',
      competitionId: competition.id,
      form: { ...crossBorderSocialProjectTemplate, version: DEMO_FORM_VERSION },
    })),
  ];
  await writeAll(documents, tables.main, items);
  await documents.send(
    new PutCommand({
      TableName: tables.main,
      Item: { ...seedMarker, entity: 'seed', seededAt: now.toISOString() },
    }),
  );
  return 'seeded';
}

function dayOffset(now: Date, days: number): string {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(day + days * DAY_MS + DEADLINE_HOUR_UTC * 60 * 60 * 1000).toISOString();
}

function toCompetitionRecord(competition: DemoCompetition, now: Date) {
  const offsets = competition.calendarOffsetsDays;
  const calendar: CompetitionCalendar = {
    callOpensAt: dayOffset(now, offsets.callOpensAt),
    submissionDeadline: dayOffset(now, offsets.submissionDeadline),
    screeningEndsAt: dayOffset(now, offsets.screeningEndsAt),
    reviewEndsAt: dayOffset(now, offsets.reviewEndsAt),
    resultsAt: dayOffset(now, offsets.resultsAt),
  };
  const createdAt = dayOffset(now, offsets.callOpensAt - 30);
  return {
    id: competition.id,
    title: competition.title,
    summary: competition.summary,
    countries: competition.countries,
    tracks: competition.tracks,
    timeZone: competition.timeZone,
    calendar,
    ...(competition.published ? { publishedAt: dayOffset(now, offsets.callOpensAt - 7) } : {}),
    formVersion: DEMO_FORM_VERSION,
    ...(competition.rubric ? { rubric: competition.rubric } : {}),
    ...(competition.reviewsPerApplication
      ? { reviewsPerApplication: competition.reviewsPerApplication }
      : {}),
    ...competition.reviewSettings,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
}

function organisationItems(organisation: DemoOrganisation, now: Date) {
  const createdAt = dayOffset(now, -90);
  const record = { ...organisation, createdAt, updatedAt: createdAt, version: 1 };
  return [
    {
      ...keys.organisation(organisation.id),
      ...directoryKeys(record),
      entity: 'organisation',
      ...record,
    },
  ];
}

async function userItems(user: DemoUser, now: Date) {
  const createdAt = dayOffset(now, -60);
  const isAdmin = user.roles.some((grant) => grant.role === 'admin');
  const items: Record<string, unknown>[] = [
    {
      ...keys.user(user.id),
      entity: 'user',
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      locale: user.locale,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      emailVerifiedAt: createdAt,
      ...(isAdmin ? { platformRole: 'admin', totpSecret: DEMO_ADMIN_TOTP_SECRET } : {}),
      createdAt,
      updatedAt: createdAt,
      version: 1,
    },
    { ...keys.userEmail(user.email), entity: 'user-email', userId: user.id },
  ];
  for (const grant of user.roles) {
    if (grant.role === 'member') {
      items.push(
        membershipItem({
          organisationId: grant.organisationId,
          userId: user.id,
          role: grant.owner ? 'owner' : 'member',
          joinedAt: createdAt,
        }),
      );
    } else if (grant.role === 'organiser') {
      items.push(
        competitionRoleItem({
          competitionId: grant.competitionId,
          userId: user.id,
          role: 'organiser',
          createdAt,
        }),
      );
    } else if (grant.role === 'juror') {
      const { role: _role, competitionId, maxLoad, minLoad, available, ...jurorProfile } = grant;
      items.push(
        competitionRoleItem({
          competitionId,
          userId: user.id,
          role: 'juror',
          jurorProfile,
          ...(maxLoad !== undefined ? { maxLoad } : {}),
          ...(minLoad !== undefined ? { minLoad } : {}),
          ...(available !== undefined ? { available } : {}),
          createdAt,
        }),
      );
    }
  }
  return items;
}

/** The demo answers, on the cross-border social-project form every demo competition uses. */
function demoAnswers(application: DemoApplication, title: string): Record<string, unknown> {
  const { problem, targetGroup, activities, expectedResults, budgetTotal } = application.answers;
  const answers: Record<string, unknown> = {
    projectTitle: title,
    problem,
    targetGroup,
    activities,
    expectedResults,
  };
  if (budgetTotal > 0) {
    answers.budget = {
      lines: [{ item: 'Бюджет проекта (итого)', quantity: 1, unitCost: budgetTotal }],
    };
  }
  // An unwritten answer is absent, as the autosave leaves it.
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== ''));
}

async function applicationItems(
  application: DemoApplication,
  data: DemoData,
  now: Date,
  files: SeedFileStore,
) {
  const createdAt = dayOffset(now, application.createdOffsetDays);
  const submittedAt =
    application.submittedOffsetDays !== undefined
      ? dayOffset(now, application.submittedOffsetDays)
      : undefined;
  // Files were uploaded by the lead organisation's owner, two days before submitting.
  const uploader = data.users.find((user) =>
    user.roles.some(
      (grant) =>
        grant.role === 'member' &&
        grant.owner &&
        grant.organisationId === application.organisationId,
    ),
  );
  const attached = await seedApplicationFiles(application, files, {
    at: dayOffset(
      now,
      Math.max(
        application.createdOffsetDays,
        (application.submittedOffsetDays ?? application.createdOffsetDays) - 2,
      ),
    ),
    by: uploader?.id ?? 'system',
  });
  const lead = data.organisations.find(
    (organisation) => organisation.id === application.organisationId,
  );
  const title = application.title.ru ?? application.title.en ?? application.id;
  const partnerName = (organisationId: string) => {
    const partner = data.organisations.find((organisation) => organisation.id === organisationId);
    return partner
      ? { organisationName: pickLocalized(partner.name, 'ru'), country: partner.country }
      : {};
  };
  const answers = {
    ...demoAnswers(application, title),
    ...(attached.refs.length > 0 ? { attachments: attached.refs } : {}),
  };
  const receipt = submittedAt
    ? await issueReceipt(
        application.id,
        1,
        { title, formVersion: 1, answers },
        new Date(submittedAt),
      )
    : undefined;
  const record: ApplicationRecord = {
    id: application.id,
    competitionId: application.competitionId,
    trackId: application.trackId,
    organisationId: application.organisationId,
    ...(lead ? { organisationName: pickLocalized(lead.name, 'ru'), country: lead.country } : {}),
    title,
    status: application.status,
    answers,
    formVersion: DEMO_FORM_VERSION,
    partners: application.partnerOrganisationIds.map((organisationId) => ({
      organisationId,
      ...partnerName(organisationId),
      role: 'partner' as const,
      contribution: application.answers.partnersAcrossBorder.slice(0, 1000),
      editableSections: [],
    })),
    version: 1,
    createdAt,
    updatedAt: submittedAt ?? createdAt,
    ...(submittedAt && receipt ? { submittedAt, receipt } : {}),
    // Found eligible when screening ended.
    ...(submittedAt && (application.status === 'eligible' || application.status === 'in_review')
      ? { eligibility: { eligible: true, decidedAt: submittedAt } }
      : {}),
  };
  return [
    applicationItem(record),
    ...attached.items,
    ...(receipt
      ? [
          {
            ...keys.applicationVersion(application.id, 1),
            entity: 'application-version',
            applicationId: application.id,
            version: 1,
            answers,
            title,
            receipt,
          },
        ]
      : []),
    // Partners find joint applications through their own organisation's index entry.
    ...application.partnerOrganisationIds.map((organisationId) => ({
      pk: keys.application(application.id).pk,
      sk: `PARTNER#${organisationId}`,
      ...keys.applicationsOfOrganisation(organisationId, application.id),
      entity: 'application-partner',
      applicationId: application.id,
      organisationId,
    })),
  ];
}

/** BatchWriteItem takes 25 items a call and may hand some back; retry those with backoff. */
async function writeAll(
  documents: DynamoDBDocumentClient,
  tableName: string,
  items: Record<string, unknown>[],
) {
  for (let start = 0; start < items.length; start += 25) {
    let requests = items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB kept returning unprocessed seed items');
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const { UnprocessedItems } = await documents.send(
        new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
  }
}
