// `npm start`: the whole platform on this machine. Options: README.md, "Configuration".
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JavaMissingError } from './dynamodb-local.ts';
import { launch, type Launched } from './launch.ts';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from './seed/seed-demo.ts';
import { demoData } from './seed/demo-data.ts';

// Local mode may run on Node 20; the SDK's notice about its future Node 22 floor is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: process.env.LAUREATE_IN_MEMORY === '1' },
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    'no-seed': { type: 'boolean', default: process.env.LAUREATE_SEED === '0' },
    'no-build': { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: process.env.LAUREATE_DATA_DIR },
    'test-clock': { type: 'boolean', default: false },
  },
});

const roleLabels = {
  admin: 'administrator',
  organiser: 'organiser',
  juror: 'juror',
  member: 'NGO applicant',
};

const started = performance.now();
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

try {
  const launched = await launch({
    repoRoot,
    port: Number(values.port),
    host: values.host,
    inMemory: values['in-memory'],
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    seed: !values['no-seed'],
    buildWeb: !values['no-build'],
    ...(process.env.DYNAMODB_ENDPOINT ? { dynamoEndpoint: process.env.DYNAMODB_ENDPOINT } : {}),
    testClock: values['test-clock'],
    ...(process.env.LAUREATE_REMINDER_MINUTES
      ? { reminderIntervalMs: Number(process.env.LAUREATE_REMINDER_MINUTES) * 60_000 }
      : {}),
    onProgress: (message) => console.log(`· ${message}`),
  });
  printBanner(launched, performance.now() - started);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    launched.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // A closed terminal sends SIGHUP: stop Java then too.
  process.on('SIGHUP', () => shutdown('SIGHUP'));
} catch (error) {
  if (error instanceof JavaMissingError) {
    console.error(error.message);
  } else {
    console.error('Laureate could not start:', error);
  }
  process.exit(1);
}

function printBanner(launched: Launched, elapsedMs: number): void {
  const { url, database, dynamoEndpoint, seed } = launched;
  const accounts = demoData.users.filter(
    (user, index, all) =>
      // One account per kind of role is enough to show; the README lists them all.
      all.findIndex((other) => other.roles[0]?.role === user.roles[0]?.role) === index,
  );
  console.log(`
Laureate is running at ${url}   (ready in ${(elapsedMs / 1000).toFixed(1)} s)
  API:      ${url}/api/health · ${url}/api/openapi.json
  Database: DynamoDB (${database}) at ${dynamoEndpoint}; demo data ${seed}

Demo accounts (password for all: ${DEMO_PASSWORD}):
${accounts.map((user) => `  ${roleLabels[user.roles[0]?.role ?? 'member'].padEnd(15)} ${user.email}`).join('\n')}
  The administrator also needs a TOTP code: secret ${DEMO_ADMIN_TOTP_SECRET} (npm run totp).
  Emails go to the outbox: ${url}/dev/outbox
  …and more accounts: see README.md. Press Ctrl-C to stop.`);
  if (values['test-clock']) {
    console.log(
      '  Test clock ON: POST /api/dev/clock {"advanceSeconds": n} moves time. Never in production.',
    );
  }
}
