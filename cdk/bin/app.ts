import { Annotations, App } from 'aws-cdk-lib';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiStack } from '../lib/api-stack.ts';
import { DataStack } from '../lib/data-stack.ts';
import { WebStack } from '../lib/web-stack.ts';

const app = new App();
const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };

/** A `-c name=value` context value, else an environment variable (easier through npm scripts). */
function setting(contextKey: string, envVar: string): string | undefined {
  const fromContext = app.node.tryGetContext(contextKey) as unknown;
  if (typeof fromContext === 'string' && fromContext) return fromContext;
  return process.env[envVar] || undefined;
}

const webAssetPath =
  process.env.LAUREATE_WEB_ASSETS || fileURLToPath(new URL('../../web/build', import.meta.url));
if (!existsSync(`${webAssetPath}/index.html`)) {
  throw new Error(`No web build at ${webAssetPath}: run npm run build:web first`);
}

// Links in emails must point at the site, and must not be taken from request headers
// (a forged Host would send reset links elsewhere): the URL is configuration.
const publicUrl = setting('publicUrl', 'LAUREATE_PUBLIC_URL');
const configuredMailFrom = setting('mailFrom', 'LAUREATE_MAIL_FROM');
const mailFrom = configuredMailFrom ?? 'Laureate <no-reply@example.org>';

// Browsers upload attachments straight to S3 from the site's origin.
const data = new DataStack(app, 'LaureateData', {
  env,
  ...(publicUrl ? { webOrigins: [new URL(publicUrl).origin] } : {}),
});
const api = new ApiStack(app, 'LaureateApi', {
  env,
  tables: data.tables,
  filesBucket: data.filesBucket,
  mailFrom,
  ...(publicUrl ? { publicUrl } : {}),
});
new WebStack(app, 'LaureateWeb', { env, httpApi: api.httpApi, webAssetPath });

if (!publicUrl) {
  Annotations.of(api).addWarningV2(
    'laureate:publicUrl',
    'No public URL: set LAUREATE_PUBLIC_URL (or -c publicUrl=...) to the site, e.g. the SiteUrl output of a first deploy, so emailed links point at it.',
  );
}
if (!configuredMailFrom) {
  Annotations.of(api).addWarningV2(
    'laureate:mailFrom',
    `No sender: set LAUREATE_MAIL_FROM (or -c mailFrom=...) to an address verified in Amazon SES; using ${mailFrom}, which cannot send.`,
  );
}
