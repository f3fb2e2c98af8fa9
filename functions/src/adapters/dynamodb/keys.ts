/**
 * Key builders, one per access pattern. Every item key in the main table is built here, so
 * docs/data-model.md and the code name the same patterns. Entities carry `entity` and `version`
 * attributes; items are parsed back through zod in each store.
 */

/** Published competitions share one index partition: few writes, read by the home page. */
export const PUBLISHED_COMPETITIONS = 'COMPETITIONS#PUBLISHED';

export const keys = {
  competition: (competitionId: string) => ({ pk: `COMP#${competitionId}`, sk: 'COMP' }),
  /** Every version of a competition's application form, kept for the applications that use it. */
  competitionForm: (competitionId: string, version: number) => ({
    pk: `COMP#${competitionId}`,
    sk: `FORM#${String(version).padStart(6, '0')}`,
  }),
  /** gsi1: published competitions ordered by call opening. */
  publishedCompetition: (callOpensAt: string, competitionId: string) => ({
    gsi1pk: PUBLISHED_COMPETITIONS,
    gsi1sk: `${callOpensAt}#${competitionId}`,
  }),

  user: (userId: string) => ({ pk: `USER#${userId}`, sk: 'USER' }),
  /** Uniqueness guard and sign-in lookup: email → user id, written in the same transaction. */
  userEmail: (email: string) => ({ pk: `EMAIL#${email}`, sk: 'EMAIL' }),

  organisation: (organisationId: string) => ({ pk: `ORG#${organisationId}`, sk: 'ORG' }),
  /** gsi1: the public directory by country, ordered by name. */
  directoryEntry: (country: string, sortName: string, organisationId: string) => ({
    gsi1pk: `DIRECTORY#${country}`,
    gsi1sk: `${sortName}#${organisationId}`,
  }),
  /** The logo, apart from the profile so that listing profiles never reads image bytes. */
  organisationLogo: (organisationId: string) => ({ pk: `ORG#${organisationId}`, sk: 'LOGO' }),
  membership: (organisationId: string, userId: string) => ({
    pk: `ORG#${organisationId}`,
    sk: `MEMBER#${userId}`,
  }),
  /**
   * gsi2: everything that hangs off one user, by sort-key prefix: `MEMBER#` (organisations),
   * `ROLE#` (competition roles), `SESSION#` (active sessions, for "sign out everywhere").
   */
  userIndex: (userId: string, sortKey: string) => ({
    gsi2pk: `USER#${userId}`,
    gsi2sk: sortKey,
  }),

  /** Competition roles: organisers and jurors, listed per competition with a Query on pk. */
  competitionRole: (competitionId: string, role: 'organiser' | 'juror', userId: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `ROLE#${role}#${userId}`,
  }),

  /**
   * A declared conflict of interest, one per application, juror and source (juror or
   * organiser), so withdrawing one source's declaration leaves the other's. The application's
   * declarations are a Query on `COI#<applicationId>#`; the juror's, a Query on gsi1.
   */
  conflict: (competitionId: string, applicationId: string, jurorId: string, source: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `COI#${applicationId}#${jurorId}#${source}`,
  }),
  /** gsi1: one juror's declared conflicts in one competition. */
  conflictsOfJuror: (
    competitionId: string,
    jurorId: string,
    applicationId: string,
    source: string,
  ) => ({
    gsi1pk: `COMP#${competitionId}#COI#${jurorId}`,
    gsi1sk: `${applicationId}#${source}`,
  }),
  /** A juror's bid on an application; the juror's bids are a Query on `BID#<jurorId>#`. */
  bid: (competitionId: string, jurorId: string, applicationId: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `BID#${jurorId}#${applicationId}`,
  }),

  /**
   * A juror's assignment to an application. The competition's assignments are a Query on
   * `ASSIGN#`, one application's on `ASSIGN#<applicationId>#`.
   */
  assignment: (competitionId: string, applicationId: string, jurorId: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `ASSIGN#${applicationId}#${jurorId}`,
  }),
  /** gsi2: a juror's queue, in their user partition, by competition (`ASSIGN#<competitionId>#`). */
  assignmentOfJuror: (jurorId: string, competitionId: string, applicationId: string) => ({
    gsi2pk: `USER#${jurorId}`,
    gsi2sk: `ASSIGN#${competitionId}#${applicationId}`,
  }),
  /** An application flagged for divergent scores; written once, with any extra juror. */
  divergenceFlag: (competitionId: string, applicationId: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `DIVERGE#${applicationId}`,
  }),
  /** A review-deadline extension for one juror, kept for good; a juror's are `EXTEND#<jurorId>#`. */
  deadlineExtension: (competitionId: string, jurorId: string, grantedAt: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `EXTEND#${jurorId}#${grantedAt}`,
  }),

  /**
   * An automatic review reminder, recorded before it is sent, so each (juror, deadline, days
   * before) goes out once; a competition's are a Query on `REMIND#`.
   */
  sentReminder: (
    competitionId: string,
    jurorId: string,
    deadlineAt: string,
    daysBefore: number,
  ) => ({
    pk: `COMP#${competitionId}`,
    sk: `REMIND#${jurorId}#${deadlineAt}#${String(daysBefore).padStart(2, '0')}`,
  }),

  /** An assignment run started in the background; its result is stored in `RUNPART#` items. */
  assignmentRun: (competitionId: string, runId: string) => ({
    pk: `COMP#${competitionId}`,
    sk: `RUN#${runId}`,
  }),
  /** One part of a run's result (JSON split to stay under the item size limit), in order. */
  assignmentRunPart: (competitionId: string, runId: string, part: number) => ({
    pk: `COMP#${competitionId}`,
    sk: `RUNPART#${runId}#${String(part).padStart(4, '0')}`,
  }),
  /** The competition's run lease: held by the one run going, so two never overlap. */
  assignmentRunLease: (competitionId: string) => ({
    pk: `COMP#${competitionId}`,
    sk: 'RUNLEASE',
  }),

  /** Applications live under their own partition so a deadline burst spreads over keys. */
  application: (applicationId: string) => ({ pk: `APP#${applicationId}`, sk: 'APP' }),
  /** A submitted version, kept for good; zero-padded so versions sort in order. */
  applicationVersion: (applicationId: string, version: number) => ({
    pk: `APP#${applicationId}`,
    sk: `VERSION#${String(version).padStart(6, '0')}`,
  }),
  /** A juror's review of the application: the current version. */
  review: (applicationId: string, jurorId: string) => ({
    pk: `APP#${applicationId}`,
    sk: `REVIEW#${jurorId}`,
  }),
  /** Every saved version of a review, kept for good; `REVIEWV#` never matches `REVIEW#`. */
  reviewVersion: (applicationId: string, jurorId: string, version: number) => ({
    pk: `APP#${applicationId}`,
    sk: `REVIEWV#${jurorId}#${String(version).padStart(6, '0')}`,
  }),
  /** gsi1: a competition's current reviews, by juror. */
  reviewsOfCompetition: (competitionId: string, jurorId: string, applicationId: string) => ({
    gsi1pk: `COMP#${competitionId}#REVIEWS`,
    gsi1sk: `${jurorId}#${applicationId}`,
  }),
  /** An attachment's metadata, beside its application; listed with `begins_with(sk, FILE#)`. */
  applicationFile: (applicationId: string, attachmentId: string) => ({
    pk: `APP#${applicationId}`,
    sk: `FILE#${attachmentId}`,
  }),
  /** gsi1: a competition's applications by status; counted with Select COUNT. */
  applicationsOfCompetition: (competitionId: string, status: string, applicationId: string) => ({
    gsi1pk: `COMP#${competitionId}#APPS`,
    gsi1sk: `${status}#${applicationId}`,
  }),
  /** gsi2: an organisation's applications. */
  applicationsOfOrganisation: (organisationId: string, applicationId: string) => ({
    gsi2pk: `ORG#${organisationId}#APPS`,
    gsi2sk: applicationId,
  }),

  /** Sessions are looked up by the hash of their token, never by the token itself. */
  session: (tokenHash: string) => ({ pk: `SESSION#${tokenHash}`, sk: 'SESSION' }),

  /** Emailed links (verification, reset, invitations), stored under the hash of their secret. */
  oneTimeToken: (tokenHash: string) => ({ pk: `TOKEN#${tokenHash}`, sk: 'TOKEN' }),
  /** Pending invitations of an organisation or a competition, listed from its own partition. */
  pendingInvitation: (scope: string, email: string) => ({ pk: scope, sk: `INVITE#${email}` }),

  /** Failed sign-in counters, one item per key and window; TTL removes old windows. */
  throttleWindow: (key: string, windowStart: number) => ({
    pk: `THROTTLE#${key}`,
    sk: `W#${windowStart}`,
  }),

  /** Local mode's outbox: every email that would have been sent, newest last. */
  outboxMessage: (sentAt: string, messageId: string) => ({
    pk: 'OUTBOX',
    sk: `${sentAt}#${messageId}`,
  }),

  /** A fixed item that the health check reads; it need not exist. */
  healthProbe: () => ({ pk: 'HEALTH', sk: 'HEALTH' }),
} as const;

/** Audit entries: one partition per scope (a competition, a user), ordered by time. */
export const auditKeys = {
  entry: (scope: string, at: string, entryId: string) => ({ pk: scope, sk: `${at}#${entryId}` }),
  /** gsi1: what one actor did, across scopes. */
  byActor: (actorId: string, at: string) => ({ gsi1pk: `ACTOR#${actorId}`, gsi1sk: at }),
} as const;
