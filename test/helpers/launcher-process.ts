import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '../../functions/src/local/free-port.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface LauncherProcess {
  url: string;
  dynamoPort: number;
  output: () => string;
  /** Sends Ctrl-C to the whole process group, as a terminal does, and waits for the exit. */
  interrupt(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the real `npm start` in its own process group with a throwaway database. */
export async function startLauncher(extraArgs: string[] = []): Promise<LauncherProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(
    'npm',
    ['start', '--', '--in-memory', '--port', String(port), ...extraArgs],
    {
      cwd: repoRoot,
      detached: true,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );

  const ready =
    /Laureate is running at (http:\/\/localhost:\d+)[\s\S]*?at http:\/\/127\.0\.0\.1:(\d+)/;
  const deadline = Date.now() + 200_000;
  while (!ready.test(output)) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`npm start did not become ready:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const [, url, dynamoPort] = ready.exec(output)!;
  return {
    url: url!,
    dynamoPort: Number(dynamoPort),
    output: () => output,
    interrupt: async () => {
      process.kill(-child.pid!, 'SIGINT');
      const timeout = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
      const exit = await exited;
      clearTimeout(timeout);
      return exit;
    },
  };
}

/** Java processes of DynamoDB Local listening on the given port, if any survive. */
export function dynamoDbLocalProcesses(port: number): string[] {
  const result = spawnSync('pgrep', ['-f', `DynamoDBLocal.jar.*-port ${port}`], {
    encoding: 'utf8',
  });
  return result.stdout.split('\n').filter(Boolean);
}
