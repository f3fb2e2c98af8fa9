import type { AccountRepository } from '#ports/account-repository';
import type { ApplicationRepository } from '#ports/application-repository';
import type { AttachmentRepository } from '#ports/attachment-repository';
import type { AuditLog } from '#ports/audit-log';
import type { Clock } from '#ports/clock';
import type { AssignmentRunRepository } from '#ports/assignment-runs';
import type { AssignmentRepository } from '#ports/assignments';
import type { BackgroundWork } from '#ports/background-work';
import type { BidRepository } from '#ports/bids';
import type { CompetitionRoleRepository } from '#ports/competition-roles';
import type { ConflictRepository } from '#ports/conflicts';
import type { DeadlineExtensionRepository } from '#ports/deadline-extensions';
import type { ReviewRepository } from '#ports/reviews';
import type { SentReminderRepository } from '#ports/sent-reminders';
import type { FileStore } from '#ports/file-store';
import type { Mailer } from '#ports/mailer';
import type { OneTimeTokenStore } from '#ports/one-time-tokens';
import type { OrganisationRepository } from '#ports/organisation-repository';
import type { Throttle } from '#ports/throttle';
import type { OutboxMessage } from '@laureate/schemas';
import type { CompetitionRecord, CompetitionRepository } from '#ports/competition-repository';
import type { HealthProbe } from '#ports/health-probe';
import type { Logger } from './logger.ts';
import type { Caller } from './middleware/session.ts';

/** Everything the API needs from outside, injected so tests and local mode choose adapters. */
export interface AppDeps {
  clock: Clock;
  logger: Logger;
  competitions: CompetitionRepository;
  accounts: AccountRepository;
  organisations: OrganisationRepository;
  applications: ApplicationRepository;
  attachments: AttachmentRepository;
  /** Attachment bytes: S3 on AWS, a folder in local mode. */
  files: FileStore;
  /** Local mode only: receives uploads at `PUT /api/uploads/{token}` (S3 does it on AWS). */
  uploads?: {
    receive(
      token: string,
      contentType: string | undefined,
      body: ReadableStream<Uint8Array> | null,
    ): Promise<void>;
  };
  competitionRoles: CompetitionRoleRepository;
  /** Declared conflicts of interest; automatic ones are computed (http/jury-context.ts). */
  conflicts: ConflictRepository;
  bids: BidRepository;
  assignments: AssignmentRepository;
  /** Assignment runs started in the background, with their progress and result. */
  assignmentRuns: AssignmentRunRepository;
  /** Work that outlives its request: the worker function on AWS, this process locally. */
  background: BackgroundWork;
  reviews: ReviewRepository;
  /** Per-juror review-deadline extensions, every grant kept. */
  deadlineExtensions: DeadlineExtensionRepository;
  /** Automatic review reminders already sent (jobs/review-reminders.ts), each claimed once. */
  sentReminders: SentReminderRepository;
  tokens: OneTimeTokenStore;
  throttle: Throttle;
  mailer: Mailer;
  /** Local mode only: the emails the outbox mailer kept, for /dev/outbox. */
  outbox?: { list(limit?: number): Promise<OutboxMessage[]> };
  /** Local mode with `--test-clock` only: moves the platform's clock for browser tests. */
  testClock?: { advance(seconds: number): void; offsetSeconds(): number };
  /** The site's public origin, for links in emails (`https://…`, no trailing slash). */
  publicUrl: string;
  audit: AuditLog;
  /** Password checks are injected so tests can use cheap scrypt parameters if they need. */
  passwords: { verify(password: string, hash: string): Promise<boolean> };
  health: HealthProbe;
  mode: 'local' | 'aws';
  version: string;
  /** Extra origins allowed to send state-changing requests (the site origin on AWS). */
  allowedOrigins?: readonly string[];
}

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    /** The signed-in caller, once resolved; null when resolved as anonymous. */
    caller: Caller | null | undefined;
    /** The competition a `competition-*` access rule resolved, so routes need not read it again. */
    competition: CompetitionRecord | undefined;
  };
}
