import { Annotations, App } from 'aws-cdk-lib';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiStack } from '../lib/api-stack.ts';
import { DataStack } from '../lib/data-stack.ts';
import { WebStack } from '../lib/web-stack.ts';

const app = new App();
const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION };
const webAssetPath =
  process.env.LAUREATE_WEB_ASSETS ?? fileURLToPath(new URL('../../web/build', import.meta.url));
if (!existsSync(`${webAssetPath}/index.html`)) {
  throw new Error(`No web build at ${webAssetPath}: run npm run build:web first`);
}

// Links in emails must point at the site, and must not be taken from request headers
// (a forged Host would send reset links elsewhere): the URL is configuration.
const publicUrl = app.node.tryGetContext('publicUrl') as string | undefined;
const mailFrom =
  (app.node.tryGetContext('mailFrom') as string | undefined) ?? 'Laureate <no-reply@example.org>';

const data = new DataStack(app, 'LaureateData', { env });
const api = new ApiStack(app, 'LaureateApi', {
  env,
  tables: data.tables,
  mailFrom,
  ...(publicUrl ? { publicUrl } : {}),
});
new WebStack(app, 'LaureateWeb', { env, httpApi: api.httpApi, webAssetPath });
if (!publicUrl) {
  Annotations.of(api).addWarning(
    'Set -c publicUrl=https://your.site (after the first deploy, the SiteUrl output) so emailed links point at the site.',
  );
}
