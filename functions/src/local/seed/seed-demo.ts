import {
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { CompetitionCalendar } from '@laureate/schemas';
import { hashPassword } from '#adapters/crypto/password-hasher';
import { competitionRoleItem } from '#adapters/dynamodb/competition-role-store';
import { competitionItem } from '#adapters/dynamodb/competition-store';
import { keys } from '#adapters/dynamodb/keys';
import { directoryKeys, membershipItem } from '#adapters/dynamodb/organisation-store';
import type { TableNames } from '#adapters/dynamodb/table-definitions';
import type { Clock } from '#ports/clock';
import { demoData } from './demo-data.ts';
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

const seedMarker = { pk: 'SEED#demo', sk: 'SEED' };
const DAY_MS = 24 * 60 * 60 * 1000;
/** Deadlines fall at 13:00 UTC: 18:00 in Astana, 16:00 in Moscow. */
const DEADLINE_HOUR_UTC = 13;

export type SeedOutcome = 'seeded' | 'already-seeded';

/**
 * Seeds the demo competition, organisations, accounts and applications once. A marker item,
 * written last, records that seeding finished; an interrupted run is simply repeated.
 */
export async function seedDemoData(options: {
  documents: DynamoDBDocumentClient;
  tables: TableNames;
  clock: Clock;
  data?: DemoData;
}): Promise<SeedOutcome> {
  const { documents, tables, clock } = options;
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
    ...data.applications.map((application) => applicationItems(application, data, now)).flat(),
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
      const { role: _role, competitionId, ...jurorProfile } = grant;
      items.push(
        competitionRoleItem({
          competitionId,
          userId: user.id,
          role: 'juror',
          jurorProfile,
          createdAt,
        }),
      );
    }
  }
  return items;
}

function applicationItems(application: DemoApplication, data: DemoData, now: Date) {
  const createdAt = dayOffset(now, application.createdOffsetDays);
  const submittedAt =
    application.submittedOffsetDays !== undefined
      ? dayOffset(now, application.submittedOffsetDays)
      : undefined;
  const lead = data.organisations.find(
    (organisation) => organisation.id === application.organisationId,
  );
  const {
    createdOffsetDays: _created,
    submittedOffsetDays: _submitted,
    partnerOrganisationIds,
    ...fields
  } = application;
  return [
    {
      ...keys.application(application.id),
      ...keys.applicationsOfCompetition(
        application.competitionId,
        application.status,
        application.id,
      ),
      ...keys.applicationsOfOrganisation(application.organisationId, application.id),
      entity: 'application',
      ...fields,
      country: lead?.country,
      partners: partnerOrganisationIds.map((organisationId) => ({
        organisationId,
        role: 'partner',
      })),
      createdAt,
      updatedAt: submittedAt ?? createdAt,
      ...(submittedAt ? { submittedAt } : {}),
      version: 1,
    },
    // Partners find joint applications through their own organisation's index entry.
    ...partnerOrganisationIds.map((organisationId) => ({
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
