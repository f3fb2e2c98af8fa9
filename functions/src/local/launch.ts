import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDocumentClient, createDynamoClient } from '#adapters/dynamodb/client';
import { ensureTables } from '#adapters/dynamodb/ensure-tables';
import { InProcessWork } from '#adapters/local/in-process-work';
import { LocalFileStore } from '#adapters/local/local-file-store';
import { composeDependencies } from '#compose';
import { readConfig } from '#config';
import { createApp } from '#http/app';
import { createLogger } from '#http/logger';
import { sendDueReminders } from '#jobs/review-reminders';
import { shiftableClock, systemClock } from '#ports/clock';
import { startDynamoDbLocal, type RunningDynamoDbLocal } from './dynamodb-local.ts';
import { startReminderLoop } from './reminder-loop.ts';
import { seedDemoData, type SeedOutcome } from './seed/seed-demo.ts';
import { buildWeb, webBuildIsStale } from './web-build.ts';

export interface LaunchOptions {
  repoRoot: string;
  port: number;
  host: string;
  /** Throwaway database: nothing is written to disk. */
  inMemory: boolean;
  /** Where DynamoDB Local keeps its files when not in memory; default `.data/dynamodb`. */
  dataDir?: string;
  seed: boolean;
  buildWeb: boolean;
  /** Use this DynamoDB instead of starting DynamoDB Local (LocalStack, AWS). */
  dynamoEndpoint?: string;
  onProgress?: (message: string) => void;
  /** Lets `POST /api/dev/clock` move the platform's clock (browser tests of deadlines). */
  testClock?: boolean;
  /** How often the automatic review reminders run (also once at start); default 5 minutes, 0 never. */
  reminderIntervalMs?: number;
  /** The line printed when automatic reminders were sent; default `onProgress`. */
  onReminders?: (line: string) => void;
}

/** Uploads never confirmed are removed after a day, as on S3 (cdk/constructs/attachment-bucket.ts). */
const ABANDONED_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** Local mode runs the reminder job more often than AWS's hourly schedule: demos move fast. */
export const LOCAL_REMINDER_INTERVAL_MS = 5 * 60 * 1000;

export interface Launched {
  url: string;
  dynamoEndpoint: string;
  database: 'embedded, in memory' | 'embedded, kept on disk' | 'external';
  seed: SeedOutcome | 'skipped';
  stop(): Promise<void>;
}

/** Starts the whole platform on one machine: database, tables, demo data, web build, server. */
export async function launch(options: LaunchOptions): Promise<Launched> {
  const progress = options.onProgress ?? (() => undefined);
  let database: RunningDynamoDbLocal | undefined;
  if (!options.dynamoEndpoint) {
    progress('Starting DynamoDB Local…');
    database = await startDynamoDbLocal(
      options.inMemory
        ? {}
        : { dataDir: options.dataDir ?? join(options.repoRoot, '.data', 'dynamodb') },
    );
  }
  const dynamoEndpoint = options.dynamoEndpoint ?? database!.endpoint;
  // Attachments: kept beside the database, or thrown away with it.
  const throwawayFiles = options.inMemory ? mkdtempSync(join(tmpdir(), 'laureate-files-')) : '';
  const removeThrowawayFiles = () =>
    throwawayFiles && rmSync(throwawayFiles, { recursive: true, force: true });

  try {
    const config = readConfig({
      ...process.env,
      LAUREATE_MODE: 'local',
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      LAUREATE_FILES_DIR:
        throwawayFiles ||
        process.env.LAUREATE_FILES_DIR ||
        join(options.repoRoot, '.data', 'files'),
    });
    const client = createDynamoClient({ endpoint: dynamoEndpoint, region: config.region });
    progress('Creating or updating tables…');
    await ensureTables(client, config.tables);

    let seed: Launched['seed'] = 'skipped';
    if (options.seed) {
      progress('Seeding demo data…');
      seed = await seedDemoData({
        documents: createDocumentClient(client),
        tables: config.tables,
        clock: systemClock,
        // The folder the server's own file store (compose.ts) reads attachments from.
        files: new LocalFileStore(config.filesDir!, systemClock),
      });
    }

    if (options.buildWeb && webBuildIsStale(options.repoRoot)) {
      progress('Building the web app (first start or changed sources)…');
      await buildWeb(options.repoRoot);
    }

    const testClock = options.testClock ? shiftableClock() : undefined;
    const deps = composeDependencies(config, testClock ? { clock: testClock, testClock } : {});
    // S3's lifecycle rule for uploads never confirmed, in local mode: at start, then hourly.
    const sweepUploads = () =>
      deps.files instanceof LocalFileStore
        ? deps.files.sweepPending(ABANDONED_UPLOAD_MS).catch(() => 0)
        : Promise.resolve(0);
    await sweepUploads();
    const uploadSweeper = setInterval(() => void sweepUploads(), 60 * 60 * 1000);
    uploadSweeper.unref();
    const api = createApp(deps);
    const { createSiteApp } = await import('./web-server.ts');
    const site = createSiteApp(api, join(options.repoRoot, 'web', 'build'));
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const started = serve({ fetch: site.fetch, port: options.port, hostname: options.host }, () =>
        resolve(started),
      );
      started.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;

    // The hourly EventBridge schedule's stand-in; its emails land in the outbox. Only its
    // warnings reach the terminal, and one line when it sent something.
    const reminderIntervalMs = options.reminderIntervalMs ?? LOCAL_REMINDER_INTERVAL_MS;
    const reminderDeps = { ...deps, logger: createLogger({ level: 'warn' }) };
    const reminders =
      reminderIntervalMs > 0
        ? startReminderLoop({
            clock: deps.clock,
            run: (now) => sendDueReminders(reminderDeps, now),
            everyMs: reminderIntervalMs,
            log: options.onReminders ?? progress,
            outbox: `http://localhost:${port}/dev/outbox`,
          })
        : undefined;

    return {
      url: `http://localhost:${port}`,
      dynamoEndpoint,
      database: database
        ? options.inMemory
          ? 'embedded, in memory'
          : 'embedded, kept on disk'
        : 'external',
      seed,
      stop: async () => {
        // First the jobs, which may be mid-run: the database must outlive them.
        clearInterval(uploadSweeper);
        await reminders?.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        if (deps.background instanceof InProcessWork) await deps.background.idle();
        client.destroy();
        await database?.stop();
        removeThrowawayFiles();
      },
    };
  } catch (error) {
    await database?.stop();
    removeThrowawayFiles();
    throw error;
  }
}
