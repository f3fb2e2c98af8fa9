import { SESv2Client } from '@aws-sdk/client-sesv2';
import { verifyPassword } from '#adapters/crypto/password-hasher';
import { DynamoAccountStore } from '#adapters/dynamodb/account-store';
import { DynamoAssignmentStore } from '#adapters/dynamodb/assignment-store';
import { DynamoApplicationStore } from '#adapters/dynamodb/application-store';
import { DynamoAttachmentStore } from '#adapters/dynamodb/attachment-store';
import { DynamoAuditLog } from '#adapters/dynamodb/audit-store';
import { DynamoBidStore } from '#adapters/dynamodb/bid-store';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { DynamoCompetitionRoleStore } from '#adapters/dynamodb/competition-role-store';
import { DynamoCompetitionStore } from '#adapters/dynamodb/competition-store';
import { DynamoDeadlineExtensionStore } from '#adapters/dynamodb/deadline-extension-store';
import { DynamoConflictStore } from '#adapters/dynamodb/conflict-store';
import { DynamoHealthProbe } from '#adapters/dynamodb/health-probe';
import { DynamoOrganisationStore } from '#adapters/dynamodb/organisation-store';
import { OutboxMailer } from '#adapters/dynamodb/outbox-mailer';
import { DynamoThrottle } from '#adapters/dynamodb/throttle-store';
import { DynamoReviewStore } from '#adapters/dynamodb/review-store';
import { DynamoSentReminderStore } from '#adapters/dynamodb/sent-reminder-store';
import { DynamoAssignmentRunStore } from '#adapters/dynamodb/assignment-run-store';
import { LambdaWork } from '#adapters/lambda/lambda-work';
import { InProcessWork } from '#adapters/local/in-process-work';
import { performBackgroundJob } from '#jobs/assignment-run';
import { DynamoOneTimeTokenStore } from '#adapters/dynamodb/token-store';
import { LocalFileStore } from '#adapters/local/local-file-store';
import { S3FileStore } from '#adapters/s3/s3-file-store';
import { SesMailer } from '#adapters/ses/ses-mailer';
import type { Config } from '#config';
import type { AppDeps } from '#http/app-env';
import type { BackgroundWork } from '#ports/background-work';
import { createLogger, type Logger } from '#http/logger';
import { systemClock, type Clock } from '#ports/clock';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * The composition root: turns configuration into the adapters the API runs on. The Lambda
 * handler, the local launcher and the integration tests all come through here.
 */
export function composeDependencies(
  config: Config,
  overrides: {
    clock?: Clock;
    logger?: Logger;
    testClock?: AppDeps['testClock'];
  } = {},
): AppDeps {
  const dynamo = createDynamoClient({
    region: config.region,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
  });
  const documents = createDocumentClient(dynamo);
  const clock = overrides.clock ?? systemClock;
  const main = config.tables.main;
  // On AWS attachments go to S3; in local mode to a folder served by the local upload route.
  if (config.mode === 'aws' && !config.filesBucket)
    throw new Error('FILES_BUCKET is not set: attachments need their bucket');
  const localFiles = config.filesBucket
    ? undefined
    : new LocalFileStore(config.filesDir ?? join(tmpdir(), 'laureate-files'), clock);
  // Local mode never sends real email: the outbox shows it at /dev/outbox instead.
  const outbox = config.mode === 'local' ? new OutboxMailer(documents, main, clock) : undefined;
  const mailer =
    outbox ?? new SesMailer(new SESv2Client({ region: config.region }), config.mailFrom);
  const deps: AppDeps = {
    clock,
    logger: overrides.logger ?? createLogger({ level: config.logLevel }),
    competitions: new DynamoCompetitionStore(documents, main),
    accounts: new DynamoAccountStore(documents, main),
    organisations: new DynamoOrganisationStore(documents, main),
    applications: new DynamoApplicationStore(documents, main),
    attachments: new DynamoAttachmentStore(documents, main),
    files: localFiles ?? S3FileStore.forBucket(config.filesBucket!, { region: config.region }),
    ...(localFiles ? { uploads: localFiles } : {}),
    competitionRoles: new DynamoCompetitionRoleStore(documents, main),
    conflicts: new DynamoConflictStore(documents, main),
    bids: new DynamoBidStore(documents, main),
    assignments: new DynamoAssignmentStore(documents, main),
    assignmentRuns: new DynamoAssignmentRunStore(documents, main),
    // On AWS the worker function (only the API's knows it); locally this process, doing the
    // job with these same deps.
    background: config.workerFunction
      ? LambdaWork.forFunction(config.workerFunction, { region: config.region })
      : config.mode === 'aws'
        ? noBackgroundWork
        : new InProcessWork((job) => performBackgroundJob(deps, job)),
    reviews: new DynamoReviewStore(documents, main),
    deadlineExtensions: new DynamoDeadlineExtensionStore(documents, main),
    sentReminders: new DynamoSentReminderStore(documents, main),
    tokens: new DynamoOneTimeTokenStore(documents, main),
    throttle: new DynamoThrottle(documents, main),
    mailer,
    ...(outbox ? { outbox } : {}),
    ...(overrides.testClock && config.mode === 'local' ? { testClock: overrides.testClock } : {}),
    audit: new DynamoAuditLog(documents, config.tables.audit),
    passwords: { verify: verifyPassword },
    health: new DynamoHealthProbe(documents, config.tables),
    mode: config.mode,
    version: config.version,
    allowedOrigins: config.allowedOrigins,
    publicUrl: config.publicUrl,
  };
  return deps;
}

/** For the functions that never start background work (the worker, the reminders). */
const noBackgroundWork: BackgroundWork = {
  start: () => Promise.reject(new Error('WORKER_FUNCTION is not set: no background work here')),
};
