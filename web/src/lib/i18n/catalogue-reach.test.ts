import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './messages/en.ts';
import { partnersEn } from './messages/partners/en.ts';

const web = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const routes = join(web, 'src/routes');
/** The only routes that load the staff catalogue (their `+layout.ts` does). */
const staffRoutes = join(routes, '(account)/competitions');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The project files `source` imports through `$lib/` or a relative path. */
function importsOf(file: string, source: string): string[] {
  const specifiers = [...source.matchAll(/(?:from\s+|import\()\s*['"]([^'"]+)['"]/g)].map(
    (match) => match[1]!,
  );
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('$lib/')
      ? join(web, 'src/lib', specifier.slice('$lib/'.length))
      : specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : undefined;
    if (!base) return [];
    const found = [base, `${base}.ts`, `${base}.svelte`, `${base}.svelte.ts`].find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    return found ? [found] : [];
  });
}

/** Every file a page outside the staff routes can reach, with the routes' own files. */
function filesOutsideStaffScreens(): string[] {
  const pending = filesUnder(routes).filter(
    (file) => !file.startsWith(staffRoutes) && !file.includes('.test.'),
  );
  const reached = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    // The catalogues themselves, and the lazily loaded areas, are not screens.
    if (reached.has(file) || file.includes('/i18n/messages/')) continue;
    reached.add(file);
    pending.push(...importsOf(file, readFileSync(file, 'utf8')));
  }
  return [...reached];
}

/** `t('key')` as a key, and `` t(`prefix.${…}`) `` as a prefix that some key must start with. */
function keysUsedIn(source: string): { keys: string[]; prefixes: string[] } {
  return {
    keys: [...source.matchAll(/\bt\(\s*'([\w.-]+)'/g)].map((match) => match[1]!),
    prefixes: [...source.matchAll(/\bt\(\s*`([\w.-]+)\$\{/g)].map((match) => match[1]!),
  };
}

describe('what applicants and the public download', () => {
  it('has every message their screens ask for, without the staff catalogue', () => {
    const files = filesOutsideStaffScreens();
    // A sanity check that the walk follows imports: the editor is reached through the route.
    expect(files.some((file) => file.endsWith('ApplicationEditor.svelte'))).toBe(true);
    const available = new Set([...Object.keys(en), ...Object.keys(partnersEn)]);
    const missing = files.flatMap((file) => {
      const { keys, prefixes } = keysUsedIn(readFileSync(file, 'utf8'));
      const where = relative(web, file);
      return [
        ...keys.filter((key) => !available.has(key)).map((key) => `${where}: ${key}`),
        ...prefixes
          .filter((prefix) => ![...available].some((key) => key.startsWith(prefix)))
          .map((prefix) => `${where}: ${prefix}…`),
      ];
    });
    expect(missing).toEqual([]);
  });
});
