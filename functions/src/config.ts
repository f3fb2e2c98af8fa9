import {
  localTableNames,
  tableNamesFromEnv,
  type TableNames,
} from '#adapters/dynamodb/table-definitions';
import type { LogLevel } from '#http/logger';

/** Settings read once from the environment. Every variable is documented in README.md. */
export interface Config {
  mode: 'local' | 'aws';
  region: string;
  /** Set for DynamoDB Local, LocalStack, or any non-default endpoint. */
  dynamoEndpoint?: string;
  tables: TableNames;
  logLevel: LogLevel;
  version: string;
  allowedOrigins: string[];
  /** The site's origin for links in emails. */
  publicUrl: string;
  /** The verified SES sender on AWS. */
  mailFrom: string;
  /** On AWS: the private bucket that keeps attachments (set by CDK). */
  filesBucket?: string;
  /** Local mode: the folder for attachments; a temporary folder when unset. */
  filesDir?: string;
  /** On AWS: the function that does background work, such as assignment runs (set by CDK). */
  workerFunction?: string;
}

const logLevels = ['debug', 'info', 'warn', 'error'] as const;

export function readConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Config {
  const mode = env.LAUREATE_MODE === 'aws' ? 'aws' : 'local';
  const logLevel = logLevels.find((level) => level === env.LOG_LEVEL) ?? 'info';
  return {
    mode,
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'eu-central-1',
    ...(env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: env.DYNAMODB_ENDPOINT } : {}),
    tables:
      mode === 'aws' ? tableNamesFromEnv(env) : localTableNames(env.TABLE_PREFIX ?? 'laureate'),
    logLevel,
    version: env.LAUREATE_VERSION ?? '0.1.0',
    publicUrl: (env.PUBLIC_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    mailFrom: env.MAIL_FROM ?? 'Laureate <no-reply@laureate.invalid>',
    ...(env.FILES_BUCKET ? { filesBucket: env.FILES_BUCKET } : {}),
    ...(env.LAUREATE_FILES_DIR ? { filesDir: env.LAUREATE_FILES_DIR } : {}),
    ...(env.WORKER_FUNCTION ? { workerFunction: env.WORKER_FUNCTION } : {}),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
