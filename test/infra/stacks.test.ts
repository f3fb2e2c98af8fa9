import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiStack, auditTableActions, mainTableActions } from '../../cdk/lib/api-stack.ts';
import { DataStack } from '../../cdk/lib/data-stack.ts';
import { WebStack } from '../../cdk/lib/web-stack.ts';
import {
  auditTable,
  mainTable,
  tableDefinitions,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';

interface Statement {
  Action: string | string[];
  Effect: string;
  Resource: unknown;
}

let outdir: string;
let data: Template;
let api: Template;
let web: Template;

beforeAll(() => {
  const assets = mkdtempSync(join(tmpdir(), 'laureate-web-'));
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>Laureate</title>');
  const app = new App();
  const env = { account: '123456789012', region: 'eu-central-1' };
  const dataStack = new DataStack(app, 'Data', { env });
  const apiStack = new ApiStack(app, 'Api', {
    env,
    tables: dataStack.tables,
    mailFrom: 'Laureate <no-reply@example.org>',
    publicUrl: 'https://laureate.example.org',
  });
  const webStack = new WebStack(app, 'Web', {
    env,
    httpApi: apiStack.httpApi,
    webAssetPath: assets,
  });
  outdir = app.outdir;
  data = Template.fromStack(dataStack);
  api = Template.fromStack(apiStack);
  web = Template.fromStack(webStack);
});

describe('data stack', () => {
  it('keeps every table safe: PITR, deletion protection, retained on delete, on-demand billing', () => {
    const tables = data.findResources('AWS::DynamoDB::GlobalTable');
    expect(Object.keys(tables)).toHaveLength(tableDefinitions.length);
    for (const table of Object.values(tables)) {
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
      expect(table.Properties.Replicas[0].PointInTimeRecoverySpecification).toEqual({
        PointInTimeRecoveryEnabled: true,
      });
      expect(table.Properties.Replicas[0].DeletionProtectionEnabled).toBe(true);
      expect(table.Properties.TableName).toBeUndefined();
    }
  });

  it('builds keys, indexes, TTL and streams from the shared table definitions', () => {
    for (const definition of [mainTable, auditTable]) {
      data.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
        KeySchema: [
          { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: definition.sortKey.name, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: definition.globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: index.projection },
        })),
        ...(definition.timeToLiveAttribute
          ? {
              TimeToLiveSpecification: {
                AttributeName: definition.timeToLiveAttribute,
                Enabled: true,
              },
            }
          : {}),
        ...(definition.stream
          ? { StreamSpecification: { StreamViewType: definition.stream } }
          : {}),
      });
    }
  });
});

describe('api stack', () => {
  it('runs the API on Node.js 22, arm64, as an ESM bundle with source maps', () => {
    api.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: {
        Variables: Match.objectLike({
          LAUREATE_MODE: 'aws',
          NODE_OPTIONS: '--enable-source-maps',
          PUBLIC_URL: 'https://laureate.example.org',
          TABLE_MAIN: { 'Fn::ImportValue': Match.stringLikeRegexp('mainTable') },
          TABLE_AUDIT: { 'Fn::ImportValue': Match.stringLikeRegexp('auditTable') },
        }),
      },
      LoggingConfig: { LogGroup: Match.anyValue() },
    });
  });

  it('bundles a handler that really answers an API Gateway event', async () => {
    const fn = Object.values(api.findResources('AWS::Lambda::Function')).find(
      (resource) => resource.Properties.Runtime === 'nodejs22.x',
    )!;
    // The staged asset folder is named after the hash that also names the uploaded zip.
    const assetHash = (fn.Properties.Code.S3Key as string).replace(/\.zip$/, '');
    const bundle = join(outdir, `asset.${assetHash}`, 'index.mjs');
    Object.assign(process.env, {
      LAUREATE_MODE: 'aws',
      TABLE_MAIN: 'main-table',
      TABLE_AUDIT: 'audit-table',
      AWS_REGION: 'eu-central-1',
      PUBLIC_URL: 'https://laureate.example.org',
    });
    const { handler } = (await import(bundle)) as {
      handler: (
        event: unknown,
        context: unknown,
      ) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
    };
    const response = await handler(
      {
        version: '2.0',
        routeKey: 'ANY /api/{proxy+}',
        rawPath: '/api/openapi.json',
        rawQueryString: '',
        headers: { host: 'abc.execute-api.eu-central-1.amazonaws.com' },
        requestContext: {
          http: {
            method: 'GET',
            path: '/api/openapi.json',
            protocol: 'HTTP/1.1',
            sourceIp: '203.0.113.1',
            userAgent: 'test',
          },
          requestId: 'req-1',
          domainName: 'abc.execute-api.eu-central-1.amazonaws.com',
          stage: '$default',
        },
        isBase64Encoded: false,
      },
      {},
    );
    expect(response.statusCode).toBe(200);
    expect((JSON.parse(response.body) as { openapi: string }).openapi).toBe('3.1.0');
    // On AWS there is no outbox: the local-only route does not exist.
    expect(response.body).not.toContain('/api/dev/outbox');
    expect(response.headers['strict-transport-security']).toContain('max-age=');
  });

  it('keeps logs for a limited time', () => {
    const groups = Object.values(api.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(30);
  });

  it('grants exactly the item-level actions: no Scan, no wildcard, an append-only audit table', () => {
    const policies = Object.values(api.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
    );
    const actions = (statement: Statement) => [statement.Action].flat();
    const all = statements.flatMap(actions);
    expect(all.filter((action) => action.endsWith(':*') || action === '*')).toEqual([]);
    expect(all.filter((action) => action.includes('Scan'))).toEqual([]);

    const dynamo = statements.filter((statement) =>
      actions(statement).some((action) => action.startsWith('dynamodb:')),
    );
    const onTable = (name: string) =>
      dynamo
        .filter((statement) => JSON.stringify(statement.Resource).includes(name))
        .flatMap(actions)
        .sort();
    expect(onTable('mainTable')).toEqual([...mainTableActions].sort());
    expect(onTable('auditTable')).toEqual([...auditTableActions].sort());
    expect(onTable('auditTable')).not.toContain('dynamodb:UpdateItem');
    expect(onTable('auditTable')).not.toContain('dynamodb:DeleteItem');
    // Index ARNs are covered too, so Query on a GSI works and nothing broader is granted.
    expect(JSON.stringify(dynamo)).toContain('/index/*');

    const ses = statements.find((statement) =>
      actions(statement).includes('ses:SendEmail'),
    ) as Statement & {
      Condition: unknown;
    };
    expect(ses.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'no-reply@example.org' } });
  });

  it('serves the API through an HTTP API with a catch-all /api route', () => {
    api.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: 'ANY /api/{proxy+}' });
  });
});

describe('web stack', () => {
  it('keeps the bucket private, encrypted and TLS-only', () => {
    web.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      },
    });
    web.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('reads the bucket through Origin Access Control and routes /api/* to the API uncached', () => {
    web.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    web.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
            OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // AllViewerExceptHostHeader
            ViewerProtocolPolicy: 'redirect-to-https',
          }),
        ],
      }),
    });
  });

  it('sends security headers with every response', () => {
    web.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: {
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({
            AccessControlMaxAgeSec: 63072000,
            IncludeSubdomains: true,
          }),
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY', Override: true },
        }),
      },
    });
  });
});
