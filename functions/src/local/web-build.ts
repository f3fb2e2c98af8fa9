import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Inputs whose change makes the web build stale. */
const sourcePaths = [
  'web/src',
  'web/static',
  'web/svelte.config.js',
  'web/vite.config.ts',
  'web/package.json',
  'schemas/src',
];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path))
    newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

export function webBuildIsStale(repoRoot: string): boolean {
  const builtIndex = join(repoRoot, 'web/build/index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return sourcePaths.some((path) => newestModification(join(repoRoot, path)) > builtAt);
}

/** Runs the web build (`vite build`) and resolves when it succeeds. */
export function buildWeb(repoRoot: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--workspace', 'web', '--silent'], {
      cwd: repoRoot,
      // A NODE_ENV inherited from a test runner would make Vite ship Svelte's development build.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`The web build failed (exit ${code})`)),
    );
  });
}
