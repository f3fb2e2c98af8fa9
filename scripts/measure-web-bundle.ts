/**
 * The JavaScript a browser must fetch before the home page first renders, gzipped, against the
 * budget: applicants often work on phones over weak connections (docs: brief, constraints).
 *
 * It reads the static build (`web/build`): the entries Kit's boot script imports, the modules
 * index.html preloads, then the root layout and the home page nodes named in Kit's route
 * dictionary (inside the built `entry/app` module), following static imports transitively.
 * Dynamic imports load later, on demand, with one exception: the root layout awaits the reader's
 * message catalogue, found through the Vite manifest of the same build; the largest counts.
 *
 * @example npm run build:web && npx tsx scripts/measure-web-bundle.ts [/route/[param]]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 60;
const webDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');
const buildDir = join(webDir, 'build');
const viteManifest = join(webDir, '.svelte-kit', 'output', 'client', '.vite', 'manifest.json');
const immutableDir = join(buildDir, '_app', 'immutable');

/** A module path as the site serves it (`/_app/immutable/...`), to a file in the build. */
function fileOf(urlPath: string): string {
  return join(buildDir, ...urlPath.replace(/^\//, '').split('/'));
}

// Vite's minified output writes `import{a as b}from"../chunks/x.js"`, `import"./x.js"` and
// `export*from"./x.js"`; a dynamic `import("./x.js")` has a parenthesis and so does not match.
const staticImport =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;

function staticImportsOf(urlPath: string): string[] {
  const source = readFileSync(fileOf(urlPath), 'utf8');
  return [...source.matchAll(staticImport)].map((match) =>
    posix.normalize(posix.join(posix.dirname(urlPath), match[1] ?? '')),
  );
}

function withStaticImports(roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...staticImportsOf(next));
  }
  return seen;
}

/** `/_app/immutable/nodes/7.Ab12.js` for node 7: Kit names node chunks by their index. */
function nodeFile(index: number): string {
  const name = readdirSync(join(immutableDir, 'nodes')).find((file) =>
    new RegExp(`^${index}\\.[\\w-]+\\.js$`).test(file),
  );
  if (!name) throw new Error(`No built file for route node ${index}`);
  return `/_app/immutable/nodes/${name}`;
}

/**
 * Node indexes (layouts, then page) that render a route, named by its id without groups, e.g.
 * `/` or `/organisations/[organisationId]/applications/[applicationId]`.
 */
function routeNodes(appModule: string, wanted: string): number[] {
  const source = readFileSync(fileOf(appModule), 'utf8');
  // Dictionary entries look like `"/(public)":[7]` or `"/(a)/b":[3,[2]]`: page, then layouts
  // below the root one (node 0). Kit encodes a node with a server load as `~n`.
  const entry = /"(\/[^"]*)":\[(~?-?\d+)(?:,\[([~\d,-]*)\])?/g;
  // Minified, `~3` may be folded to `-4`; either way the node is the bitwise complement.
  const decode = (value: string) => {
    if (value.startsWith('~')) return Number(value.slice(1));
    const n = Number(value);
    return n < 0 ? ~n : n;
  };
  for (const match of source.matchAll(entry)) {
    const routeId = match[1] ?? '';
    // Groups like `(public)` do not appear in the URL.
    const pathname = routeId.replace(/\/\([^)]+\)/g, '') || '/';
    if (pathname !== wanted) continue;
    const layouts = (match[3] ?? '').split(',').filter(Boolean).map(decode);
    return [0, ...layouts, decode(match[2] ?? '')];
  }
  throw new Error(`No route ${wanted} in the route dictionary of ${appModule}`);
}

/** Per language, the catalogue chunk (and anything it imports) not already counted. */
function catalogues(counted: Set<string>): { locale: string; paths: string[] }[] {
  const manifest = JSON.parse(readFileSync(viteManifest, 'utf8')) as Record<
    string,
    { file: string }
  >;
  const found = Object.entries(manifest).flatMap(([source, chunk]) => {
    const match = /src\/lib\/i18n\/messages\/(\w+)\.ts$/.exec(source);
    if (!match?.[1]) return [];
    const paths = [...withStaticImports([`/${chunk.file}`])].filter((path) => !counted.has(path));
    return [{ locale: match[1], paths }];
  });
  if (found.length === 0) throw new Error(`No message catalogues in ${viteManifest}`);
  return found;
}

const gzipSize = (path: string) => gzipSync(readFileSync(fileOf(path)), { level: 9 }).length;
const sumGzip = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSize(path), 0);

if (!existsSync(join(buildDir, 'index.html')) || !existsSync(viteManifest)) {
  console.error('web/build/index.html is missing: run `npm run build:web` first.');
  process.exit(2);
}
const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
const preloaded = [...html.matchAll(/<link\s+href="([^"]+\.js)"\s+rel="modulepreload"/g)].map(
  (match) => match[1] ?? '',
);
const booted = [...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((match) => match[1] ?? '');
const appModule = booted.find((path) => /\/entry\/app\.[\w-]+\.js$/.test(path));
if (!appModule) throw new Error('index.html does not import the entry/app module');

// The route to measure: the home page by default (`npx tsx scripts/measure-web-bundle.ts /sign-up`).
const route = process.argv[2] ?? '/';
const nodes = routeNodes(appModule, route);
const critical = withStaticImports([...booted, ...preloaded, ...nodes.map(nodeFile)]);
const perLocale = catalogues(critical).map((entry) => ({ ...entry, gzip: sumGzip(entry.paths) }));
const largest = perLocale.reduce((a, b) => (b.gzip > a.gzip ? b : a));
for (const path of largest.paths) critical.add(path);

const rows = [...critical]
  .map((path) => {
    const bytes = readFileSync(fileOf(path));
    const note = largest.paths.includes(path) ? ` (${largest.locale} catalogue)` : '';
    return { path: path + note, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const width = Math.max(...rows.map((row) => row.path.length));
console.log(`JavaScript to first render ${route} (route nodes ${nodes.join(', ')}):\n`);
const catalogueSizes = perLocale.map((entry) => `${entry.locale} ${kb(entry.gzip)} KB`);
console.log(`${'module'.padEnd(width)}  ${'raw KB'.padStart(8)}  ${'gzip KB'.padStart(8)}`);
for (const row of rows) {
  console.log(`${row.path.padEnd(width)}  ${kb(row.raw).padStart(8)}  ${kb(row.gzip).padStart(8)}`);
}
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const totalRaw = rows.reduce((sum, row) => sum + row.raw, 0);
console.log(`${'total'.padEnd(width)}  ${kb(totalRaw).padStart(8)}  ${kb(total).padStart(8)}`);

// Not needed to render, but Kit fetches the route's error page in the background.
const background = [...withStaticImports([nodeFile(1)])].filter((path) => !critical.has(path));
console.log(`\nCatalogues, gzipped: ${catalogueSizes.join(', ')}; the largest is counted.`);
console.log(`Also fetched in the background (error page): ${kb(sumGzip(background))} KB gzipped.`);

if (total > BUDGET_KB * 1024) {
  console.error(`\nOver budget: ${kb(total)} KB > ${BUDGET_KB} KB gzipped.`);
  process.exit(1);
}
console.log(`Within budget: ${kb(total)} KB ≤ ${BUDGET_KB} KB gzipped.`);
