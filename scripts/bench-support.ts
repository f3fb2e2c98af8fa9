/**
 * What the platform benchmarks share: a local server on DynamoDB Local in memory (no demo data,
 * no web build, no reminder job), the stores to set a scene up straight in its tables, and
 * signed-in users. Not a test helper: benchmarks measure, they do not assert.
 */
import { fileURLToPath } from 'node:url';
import { hashSecretToken } from '../functions/src/adapters/crypto/secret-token.ts';
import {
  createDocumentClient,
  createDynamoClient,
} from '../functions/src/adapters/dynamodb/client.ts';
import { DynamoAccountStore } from '../functions/src/adapters/dynamodb/account-store.ts';
import { DynamoApplicationStore } from '../functions/src/adapters/dynamodb/application-store.ts';
import { DynamoAssignmentStore } from '../functions/src/adapters/dynamodb/assignment-store.ts';
import { DynamoCompetitionRoleStore } from '../functions/src/adapters/dynamodb/competition-role-store.ts';
import { DynamoCompetitionStore } from '../functions/src/adapters/dynamodb/competition-store.ts';
import { DynamoOrganisationStore } from '../functions/src/adapters/dynamodb/organisation-store.ts';
import { localTableNames } from '../functions/src/adapters/dynamodb/table-definitions.ts';
import { launch } from '../functions/src/local/launch.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// One log line per request would drown the result.
process.env.LOG_LEVEL ??= 'warn';

export async function launchBenchPlatform() {
  const server = await launch({
    repoRoot: fileURLToPath(new URL('../', import.meta.url)),
    port: 0,
    host: '127.0.0.1',
    inMemory: true,
    seed: false,
    buildWeb: false,
    reminderIntervalMs: 0,
  });
  const documents = createDocumentClient(
    createDynamoClient({ endpoint: server.dynamoEndpoint, region: 'local' }),
  );
  const main = localTableNames().main;
  const stores = {
    competitions: new DynamoCompetitionStore(documents, main),
    organisations: new DynamoOrganisationStore(documents, main),
    accounts: new DynamoAccountStore(documents, main),
    applications: new DynamoApplicationStore(documents, main),
    roles: new DynamoCompetitionRoleStore(documents, main),
    assignments: new DynamoAssignmentStore(documents, main),
  };

  /** A verified user with a session for the next hour; returns the session cookie. */
  async function signedInUser(userId: string, locale: 'en' | 'ru' | 'kk' = 'en'): Promise<string> {
    const created = new Date().toISOString();
    await stores.accounts.createUser({
      id: userId,
      email: `${userId}@bench.test`,
      displayName: userId,
      locale,
      passwordHash: 'scrypt$1$1$1$x$y',
      emailVerifiedAt: created,
      createdAt: created,
      updatedAt: created,
      version: 1,
    });
    // 43 characters, unique per user, like the tokens the platform issues.
    const token = `${userId.replace(/[^\w-]/g, '_')}${'t'.repeat(43)}`.slice(0, 43);
    await stores.accounts.createSession({
      tokenHash: hashSecretToken(token),
      userId,
      createdAt: created,
      expiresAt: Math.floor(Date.now() / 1000) + 3600,
      secondFactor: false,
    });
    return `laureate_session=${token}`;
  }

  return { server, stores, signedInUser };
}

/** Runs `work` over `items`, `width` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < items.length; start += width)
    await Promise.all(items.slice(start, start + width).map(work));
}
