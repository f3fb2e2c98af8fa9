import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { verifyPassword } from '#adapters/crypto/password-hasher';
import { DynamoAccountStore } from '#adapters/dynamodb/account-store';
import { DynamoAuditLog } from '#adapters/dynamodb/audit-store';
import { DynamoCompetitionStore } from '#adapters/dynamodb/competition-store';
import { DynamoHealthProbe } from '#adapters/dynamodb/health-probe';
import type { Config } from '#config';
import type { AppDeps } from '#http/app-env';
import { createLogger, type Logger } from '#http/logger';
import { systemClock, type Clock } from '#ports/clock';

/**
 * The composition root: turns configuration into the adapters the API runs on. The Lambda
 * handler, the local launcher and the integration tests all come through here.
 */
export function composeDependencies(
  config: Config,
  overrides: { clock?: Clock; logger?: Logger } = {},
): AppDeps {
  const dynamo = createDynamoClient({
    region: config.region,
    ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}),
  });
  const documents = createDocumentClient(dynamo);
  return {
    clock: overrides.clock ?? systemClock,
    logger: overrides.logger ?? createLogger({ level: config.logLevel }),
    competitions: new DynamoCompetitionStore(documents, config.tables.main),
    accounts: new DynamoAccountStore(documents, config.tables.main),
    audit: new DynamoAuditLog(documents, config.tables.audit),
    passwords: { verify: verifyPassword },
    health: new DynamoHealthProbe(documents, config.tables),
    mode: config.mode,
    version: config.version,
    allowedOrigins: config.allowedOrigins,
  };
}
