import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import {
  createDocumentClient,
  createDynamoClient,
} from '../../functions/src/adapters/dynamodb/client.ts';
import { ensureTables } from '../../functions/src/adapters/dynamodb/ensure-tables.ts';
import { InProcessWork } from '../../functions/src/adapters/local/in-process-work.ts';
import { LocalFileStore } from '../../functions/src/adapters/local/local-file-store.ts';
import {
  localTableNames,
  type TableNames,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';
import { composeDependencies } from '../../functions/src/compose.ts';
import { readConfig } from '../../functions/src/config.ts';
import type { AppDeps } from '../../functions/src/http/app-env.ts';
import { createApp } from '../../functions/src/http/app.ts';
import { createLogger } from '../../functions/src/http/logger.ts';
import { performBackgroundJob } from '../../functions/src/jobs/assignment-run.ts';
import { fixedClock } from '../../functions/src/ports/clock.ts';

export interface TestApi {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  /** The background jobs the API started; `idle()` waits for them to finish. */
  background: InProcessWork;
  tables: TableNames;
  clock: ReturnType<typeof fixedClock>;
  documents: ReturnType<typeof createDocumentClient>;
  /** Every structured log line the app wrote, parsed. */
  logs: Record<string, unknown>[];
}

/**
 * A real API over DynamoDB Local, with its own freshly created tables, so a test file sees
 * only its own data and files can run in parallel.
 */
export async function createTestApi(
  options: { now?: string; overrides?: (deps: AppDeps) => Partial<AppDeps> } = {},
): Promise<TestApi> {
  const endpoint = inject('dynamoEndpoint');
  const tables = localTableNames(`t-${randomUUID().slice(0, 8)}`);
  const client = createDynamoClient({ endpoint, region: 'local' });
  await ensureTables(client, tables);
  const clock = fixedClock(options.now ?? '2027-03-01T10:00:00Z');
  const logs: Record<string, unknown>[] = [];
  const logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const config = { ...readConfig({ DYNAMODB_ENDPOINT: endpoint, AWS_REGION: 'local' }), tables };
  const base = composeDependencies(config, { clock, logger });
  const deps: AppDeps = { ...base, ...options.overrides?.(base) };
  // Background jobs run in this process with the test's own deps, overrides included.
  const background = new InProcessWork((job) => performBackgroundJob(deps, job));
  deps.background = background;
  return {
    background,
    app: createApp(deps),
    deps,
    tables,
    clock,
    documents: createDocumentClient(client),
    logs,
  };
}

/** The test API's file store, a local folder: where the demo seed writes attachment bytes. */
export function localFiles(api: TestApi): LocalFileStore {
  if (!(api.deps.files instanceof LocalFileStore)) throw new Error('Not a local file store');
  return api.deps.files;
}

/** Parses a JSON response body without trusting its type. */
export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
