import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launch } from '../../functions/src/local/launch.ts';
import { competitionRecord } from '../helpers/factories.ts';
import { repoRoot } from '../helpers/launcher-process.ts';
import { DynamoCompetitionStore } from '../../functions/src/adapters/dynamodb/competition-store.ts';
import {
  createDocumentClient,
  createDynamoClient,
} from '../../functions/src/adapters/dynamodb/client.ts';
import { localTableNames } from '../../functions/src/adapters/dynamodb/table-definitions.ts';

describe('the local launcher', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'laureate-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const options = {
    repoRoot,
    port: 0,
    host: '127.0.0.1',
    inMemory: false,
    dataDir,
    seed: true,
    buildWeb: false,
  };

  it('keeps data across a restart and seeds the demo only once', async () => {
    const record = competitionRecord(new Date().toISOString());

    const first = await launch(options);
    try {
      expect(first.seed).toBe('seeded');
      const client = createDynamoClient({ endpoint: first.dynamoEndpoint, region: 'local' });
      await new DynamoCompetitionStore(createDocumentClient(client), localTableNames().main).create(
        record,
      );
      client.destroy();
    } finally {
      await first.stop();
    }

    const second = await launch(options);
    try {
      expect(second.seed).toBe('already-seeded');
      const response = await fetch(`${second.url}/api/competitions/${record.id}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { id: string }).id).toBe(record.id);
      const health = await fetch(`${second.url}/api/health`);
      expect(health.status).toBe(200);
    } finally {
      await second.stop();
    }
  });
});

describe('npm start without Java', () => {
  it('says so in one clear line, with the way around it, and exits', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const result = spawnSync(
      process.execPath,
      [tsx, 'functions/src/local/start.ts', '--in-memory', '--no-build'],
      {
        cwd: repoRoot,
        // No PATH: `java` cannot be found, as on a machine without it.
        env: { HOME: process.env.HOME, PATH: '' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Java 17 or later is needed/);
    expect(lines[0]).toContain('DYNAMODB_ENDPOINT');
    expect(lines[0]).toContain('LocalStack');
  });
});
