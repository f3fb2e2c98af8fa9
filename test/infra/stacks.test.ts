import { App, type CfnElement, type Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import type { IConstruct } from 'constructs';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { attachmentObjectActions } from '../../cdk/constructs/attachment-bucket.ts';
import {
  ApiStack,
  auditTableActions,
  mainTableActions,
  reminderAuditTableActions,
  reminderMainTableActions,
  workerAuditTableActions,
  workerMainTableActions,
} from '../../cdk/lib/api-stack.ts';
import { DataStack } from '../../cdk/lib/data-stack.ts';
import { WebStack } from '../../cdk/lib/web-stack.ts';
import {
  auditTable,
  mainTable,
  tableDefinitions,
  type KeyAttribute,
  type TableDefinition,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';
import { DEMO_ADMIN_TOTP_SECRET, DEMO_PASSWORD } from '../../functions/src/local/seed/seed-demo.ts';

// The three stacks are synthesised once for the whole file, as `cdk synth` would (same feature
// flags), with the API bundled by the local esbuild: no Docker, a few seconds.

/** A template resource, as loosely typed as CDK hands it out. */
type Resource = ReturnType<Template['findResources']>[string];
type GetAtt = { 'Fn::GetAtt': [string, string] };
interface Statement {
  Action: string | string[];
  Effect: string;
  Resource: unknown;
  Condition?: unknown;
}
interface Behaviour {
  PathPattern?: string;
  TargetOriginId: string;
  ViewerProtocolPolicy: string;
  ResponseHeadersPolicyId: unknown;
  FunctionAssociations?: { EventType: string; FunctionARN: GetAtt }[];
}
interface Origin {
  Id: string;
  DomainName: unknown;
  OriginAccessControlId?: GetAtt;
  S3OriginConfig?: unknown;
  CustomOriginConfig?: { OriginProtocolPolicy: string };
}
interface DistributionConfig {
  DefaultRootObject: string;
  DefaultCacheBehavior: Behaviour;
  CacheBehaviors: Behaviour[];
  Origins: Origin[];
  CustomErrorResponses?: unknown;
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const { context } = JSON.parse(readFileSync(join(repoRoot, 'cdk/cdk.json'), 'utf8')) as {
  context: Record<string, unknown>;
};

let workDir: string;
let outdir: string;
let dataStack: DataStack;
let apiStack: ApiStack;
let webStack: WebStack;
let data: Template;
let api: Template;
let web: Template;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'laureate-infra-'));
  const assets = join(workDir, 'web');
  mkdirSync(join(assets, '_app', 'immutable', 'entry'), { recursive: true });
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>Laureate</title>');
  writeFileSync(join(assets, 'index.html.br'), 'a precompressed twin');
  writeFileSync(join(assets, '_app', 'version.json'), '{"version":"1"}');
  writeFileSync(join(assets, '_app', 'immutable', 'entry', 'start.abc123.js'), 'export {};');

  const app = new App({ outdir: join(workDir, 'cdk.out'), context });
  const env = { account: '123456789012', region: 'eu-central-1' };
  dataStack = new DataStack(app, 'Data', { env, webOrigins: ['https://laureate.example.org'] });
  apiStack = new ApiStack(app, 'Api', {
    env,
    tables: dataStack.tables,
    filesBucket: dataStack.filesBucket,
    mailFrom: 'Laureate <no-reply@example.org>',
    publicUrl: 'https://laureate.example.org',
  });
  webStack = new WebStack(app, 'Web', { env, httpApi: apiStack.httpApi, webAssetPath: assets });
  outdir = app.outdir;
  data = Template.fromStack(dataStack);
  api = Template.fromStack(apiStack);
  web = Template.fromStack(webStack);
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(workDir, { recursive: true, force: true });
});

function logicalId(stack: Stack, construct: IConstruct): string {
  return stack.getLogicalId(construct.node.defaultChild as CfnElement);
}

function resource(template: Template, id: string): Resource {
  const found = (template.toJSON().Resources as Record<string, Resource>)[id];
  if (!found) throw new Error(`No resource ${id}`);
  return found;
}

/** What a consuming stack holds for a value another stack exports: an import, never a literal. */
function importOf(template: Template, value: unknown): { 'Fn::ImportValue': string } {
  const outputs = Object.values(
    template.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: string } }>,
  );
  const output = outputs.find(
    (candidate) =>
      candidate.Export !== undefined && JSON.stringify(candidate.Value) === JSON.stringify(value),
  );
  if (!output?.Export) throw new Error(`No export of ${JSON.stringify(value)}`);
  return { 'Fn::ImportValue': output.Export.Name };
}

function tableId(definition: TableDefinition): string {
  return logicalId(dataStack, dataStack.tables[definition.logicalName]);
}

function statementsOf(template: Template): Statement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) => policy.Properties.PolicyDocument.Statement as Statement[],
  );
}

/** The statements of the policies attached to one function's role, and no other. */
function statementsOfFunction(template: Template, stack: Stack, fn: IFunction): Statement[] {
  const role = logicalId(stack, fn.role!);
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) =>
      (policy.Properties.Roles as { Ref?: string }[]).some((entry) => entry.Ref === role),
    )
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
}

const actionsOf = (statement: Statement) => [statement.Action].flat();

/**
 * The DynamoDB actions a set of statements grants on one table (sorted), checking that each
 * names the table and its indexes and nothing else.
 */
function dynamoGrantsOn(statements: Statement[], definition: TableDefinition): string[] {
  const arn = importOf(data, { 'Fn::GetAtt': [tableId(definition), 'Arn'] });
  const on = statements.filter(
    (statement) =>
      actionsOf(statement).some((action) => action.startsWith('dynamodb:')) &&
      JSON.stringify(statement.Resource).includes(arn['Fn::ImportValue']),
  );
  // The table and its indexes (Query on a GSI), nothing else in the same statement.
  for (const statement of on) {
    expect(statement.Effect).toBe('Allow');
    expect(statement.Resource).toEqual([arn, { 'Fn::Join': ['', [arn, '/index/*']] }]);
  }
  return on.flatMap(actionsOf).sort();
}
const keySchema = (partitionKey: KeyAttribute, sortKey: KeyAttribute) => [
  { AttributeName: partitionKey.name, KeyType: 'HASH' },
  { AttributeName: sortKey.name, KeyType: 'RANGE' },
];
const eachTable = tableDefinitions.map(
  (definition) => [definition.logicalName, definition] as const,
);

describe('data stack', () => {
  it.each(eachTable)(
    'keeps the %s table safe: PITR, deletion protection, retained, on-demand, encrypted',
    (_name, definition) => {
      const table = resource(data, tableId(definition));
      expect(table.Type).toBe('AWS::DynamoDB::GlobalTable');
      expect(table.DeletionPolicy).toBe('Retain');
      expect(table.UpdateReplacePolicy).toBe('Retain');
      expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
      // AWS-managed KMS key (not the DynamoDB-owned default).
      expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
      expect(table.Properties.Replicas).toEqual([
        expect.objectContaining({
          DeletionProtectionEnabled: true,
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      ]);
      // CDK generates the name; the API learns it from the environment.
      expect(table.Properties.TableName).toBeUndefined();
    },
  );

  it.each(eachTable)(
    'builds the %s table from its shared definition: keys, indexes, TTL, stream',
    (_name, definition) => {
      const table = resource(data, tableId(definition)).Properties;
      expect(table.KeySchema).toEqual(keySchema(definition.partitionKey, definition.sortKey));
      expect(table.GlobalSecondaryIndexes).toEqual(
        definition.globalSecondaryIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: keySchema(index.partitionKey, index.sortKey),
          Projection: { ProjectionType: index.projection },
        })),
      );
      const keys = [
        definition.partitionKey,
        definition.sortKey,
        ...definition.globalSecondaryIndexes.flatMap((index) => [
          index.partitionKey,
          index.sortKey,
        ]),
      ];
      expect(table.AttributeDefinitions).toEqual(
        expect.arrayContaining(
          keys.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
        ),
      );
      expect(table.AttributeDefinitions).toHaveLength(new Set(keys.map((key) => key.name)).size);
      // Absent when the definition has none: no TTL or stream sneaks onto the audit trail.
      expect(table.TimeToLiveSpecification).toEqual(
        definition.timeToLiveAttribute
          ? { AttributeName: definition.timeToLiveAttribute, Enabled: true }
          : undefined,
      );
      expect(table.StreamSpecification).toEqual(
        definition.stream ? { StreamViewType: definition.stream } : undefined,
      );
    },
  );
});

describe('attachments bucket', () => {
  const bucketId = () => logicalId(dataStack, dataStack.filesBucket);

  it('is private, encrypted, TLS-only and kept when the stack goes', () => {
    const bucket = resource(data, bucketId());
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.UpdateReplacePolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
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
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
    // Nothing in the bucket's own policy lets anyone in.
    const allows = Object.values(data.findResources('AWS::S3::BucketPolicy')).flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as Statement[]).filter(
        (statement) => statement.Effect === 'Allow',
      ),
    );
    expect(allows).toEqual([]);
  });

  it('lets the web app upload from its own origin only, with PUT or POST', () => {
    expect(resource(data, bucketId()).Properties.CorsConfiguration).toEqual({
      CorsRules: [
        {
          AllowedOrigins: ['https://laureate.example.org'],
          AllowedMethods: ['PUT', 'POST'],
          AllowedHeaders: ['content-type'],
          ExposedHeaders: ['etag'],
          MaxAge: 3600,
        },
      ],
    });
  });

  it('aborts unfinished multipart uploads and expires uploads nobody confirmed, never kept files', () => {
    const rules = resource(data, bucketId()).Properties.LifecycleConfiguration.Rules as {
      Status: string;
      Prefix?: string;
      ExpirationInDays?: number;
      AbortIncompleteMultipartUpload?: { DaysAfterInitiation: number };
    }[];
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          Status: 'Enabled',
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
        }),
        expect.objectContaining({ Status: 'Enabled', Prefix: 'pending/', ExpirationInDays: 1 }),
      ]),
    );
    // The only expiring rule is scoped to pending/: submitted files are never expired.
    expect(rules.filter((rule) => rule.ExpirationInDays !== undefined)).toEqual([
      expect.objectContaining({ Prefix: 'pending/' }),
    ]);
  });

  it('gives the API its name, and object actions on pending/ and files/ only', () => {
    const bucketName = importOf(data, { Ref: bucketId() });
    const variables = resource(api, logicalId(apiStack, apiStack.apiFunction)).Properties
      .Environment.Variables as Record<string, unknown>;
    expect(variables.FILES_BUCKET).toEqual(bucketName);

    const s3 = statementsOf(api).filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('s3:')),
    );
    expect(s3).toHaveLength(1);
    expect(actionsOf(s3[0]!).sort()).toEqual([...attachmentObjectActions].sort());
    expect(attachmentObjectActions.sort()).toEqual([
      's3:DeleteObject',
      's3:GetObject',
      's3:PutObject',
    ]);
    const bucketArn = importOf(data, { 'Fn::GetAtt': [bucketId(), 'Arn'] });
    expect(s3[0]!.Resource).toHaveLength(2);
    expect(s3[0]!.Resource).toEqual(
      expect.arrayContaining([
        { 'Fn::Join': ['', [bucketArn, '/pending/*']] },
        { 'Fn::Join': ['', [bucketArn, '/files/*']] },
      ]),
    );
    // The data stack grants nothing itself (no auto-delete helper on a kept bucket).
    expect(
      statementsOf(data)
        .flatMap(actionsOf)
        .filter((action) => action.startsWith('s3:')),
    ).toEqual([]);
  });
});

describe('api stack', () => {
  const fn = () => resource(api, logicalId(apiStack, apiStack.apiFunction));

  it('runs the API on Node.js 22, arm64, with source maps and the table names as imports', () => {
    const props = fn().Properties;
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 1024,
      Timeout: 10,
    });
    const variables = props.Environment.Variables as Record<string, unknown>;
    expect(variables).toMatchObject({
      LAUREATE_MODE: 'aws',
      NODE_OPTIONS: '--enable-source-maps',
      PUBLIC_URL: 'https://laureate.example.org',
      MAIL_FROM: 'Laureate <no-reply@example.org>',
    });
    for (const definition of tableDefinitions) {
      expect(variables[definition.envVar]).toEqual(importOf(data, { Ref: tableId(definition) }));
    }
  });

  it('writes function logs and access logs to separate log groups kept for a month', () => {
    const groups = api.findResources('AWS::Logs::LogGroup');
    for (const group of Object.values(groups)) expect(group.Properties.RetentionInDays).toBe(30);

    const functionLogs = (fn().Properties.LoggingConfig.LogGroup as { Ref: string }).Ref;
    expect(Object.keys(groups)).toContain(functionLogs);

    const stages = Object.values(
      api.findResources('AWS::ApiGatewayV2::Stage', {
        Properties: {
          ApiId: { Ref: logicalId(apiStack, apiStack.httpApi) },
          StageName: '$default',
          AutoDeploy: true,
          AccessLogSettings: {
            Format: Match.serializedJson(Match.objectLike({ requestId: '$context.requestId' })),
          },
        },
      }),
    );
    expect(stages).toHaveLength(1);
    const accessLogs = (stages[0]?.Properties.AccessLogSettings.DestinationArn as GetAtt)[
      'Fn::GetAtt'
    ][0];
    expect(Object.keys(groups)).toContain(accessLogs);
    expect(accessLogs).not.toBe(functionLogs);
  });

  it('grants exactly the item-level actions: no Scan, no wildcard, an append-only audit table', () => {
    const apiStatements = statementsOfFunction(api, apiStack, apiStack.apiFunction);
    const dynamo = apiStatements.filter((statement) =>
      actionsOf(statement).some((action) => action.startsWith('dynamodb:')),
    );
    const grantsOn = (definition: TableDefinition) => dynamoGrantsOn(apiStatements, definition);
    expect(grantsOn(mainTable)).toEqual([...mainTableActions].sort());
    expect(grantsOn(auditTable)).toEqual([...auditTableActions].sort());
    expect(grantsOn(auditTable)).not.toContain('dynamodb:UpdateItem');
    expect(grantsOn(auditTable)).not.toContain('dynamodb:DeleteItem');
    expect(dynamo.flatMap(actionsOf).sort()).toEqual(
      [...mainTableActions, ...auditTableActions].sort(),
    );

    const ses = apiStatements.find((statement) => actionsOf(statement).includes('ses:SendEmail'));
    expect(ses?.Condition).toEqual({
      StringEquals: { 'ses:FromAddress': 'no-reply@example.org' },
    });
  });

  it('has no Scan, no wildcard action and no DynamoDB access outside the API, in any stack', () => {
    for (const template of [data, api, web]) {
      const actions = statementsOf(template).flatMap(actionsOf);
      expect(actions.filter((action) => action === '*' || action.endsWith(':*'))).toEqual([]);
      expect(actions.filter((action) => /scan/i.test(action))).toEqual([]);
    }
    for (const template of [data, web]) {
      const actions = statementsOf(template).flatMap(actionsOf);
      expect(actions.filter((action) => action.startsWith('dynamodb:'))).toEqual([]);
    }
  });

  it('serves the function through an HTTP API with a catch-all /api route', () => {
    const httpApi = logicalId(apiStack, apiStack.httpApi);
    expect(resource(api, httpApi).Properties.ProtocolType).toBe('HTTP');
    const [integration] = Object.keys(
      api.findResources('AWS::ApiGatewayV2::Integration', {
        Properties: {
          ApiId: { Ref: httpApi },
          IntegrationType: 'AWS_PROXY',
          PayloadFormatVersion: '2.0',
          IntegrationUri: { 'Fn::GetAtt': [logicalId(apiStack, apiStack.apiFunction), 'Arn'] },
        },
      }),
    );
    expect(integration).toBeDefined();
    api.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      ApiId: { Ref: httpApi },
      RouteKey: 'ANY /api/{proxy+}',
      Target: { 'Fn::Join': ['', ['integrations/', { Ref: integration }]] },
    });
  });

  it('bundles a handler, AWS SDK included, demo seed excluded, that answers an API event', async () => {
    // The staged asset folder is named after the hash that also names the uploaded zip.
    const assetHash = (fn().Properties.Code.S3Key as string).replace(/\.zip$/, '');
    const bundle = join(outdir, `asset.${assetHash}`, 'index.mjs');
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    // The demo seed is local-only: its accounts must never reach a deployed stack.
    expect(code).not.toContain(DEMO_PASSWORD);
    expect(code).not.toContain(DEMO_ADMIN_TOTP_SECRET);

    vi.stubEnv('LAUREATE_MODE', 'aws');
    vi.stubEnv('TABLE_MAIN', 'main-table');
    vi.stubEnv('TABLE_AUDIT', 'audit-table');
    vi.stubEnv('AWS_REGION', 'eu-central-1');
    vi.stubEnv('PUBLIC_URL', 'https://laureate.example.org');
    vi.stubEnv('FILES_BUCKET', 'files-bucket');
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
    // Nor the local upload route: on AWS browsers upload straight to S3.
    expect(response.body).not.toContain('/api/uploads/');
  });
});

describe('background worker', () => {
  const workerId = () => logicalId(apiStack, apiStack.workerFunction);
  const worker = () => resource(api, workerId());

  it('runs assignment runs with fifteen minutes, 2 GB, its own role, and no retry', () => {
    expect(worker().Properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 2048,
      Timeout: 900,
    });
    const apiRole = resource(api, logicalId(apiStack, apiStack.apiFunction)).Properties.Role;
    expect(worker().Properties.Role).not.toEqual(apiRole);
    const invokeConfigs = Object.values(
      api.findResources('AWS::Lambda::EventInvokeConfig', {
        Properties: { FunctionName: { Ref: workerId() } },
      }),
    );
    expect(invokeConfigs.map((config) => config.Properties as unknown)).toEqual([
      expect.objectContaining({ MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 900 }),
    ]);
  });

  it('is named to the API, which alone may invoke it', () => {
    const variables = resource(api, logicalId(apiStack, apiStack.apiFunction)).Properties
      .Environment.Variables as Record<string, unknown>;
    expect(variables.WORKER_FUNCTION).toEqual({ Ref: workerId() });
    const invokers = Object.values(api.findResources('AWS::IAM::Policy')).flatMap((policy) =>
      (policy.Properties.PolicyDocument.Statement as Statement[])
        .filter((statement) => actionsOf(statement).includes('lambda:InvokeFunction'))
        .map((statement) => ({ roles: policy.Properties.Roles as unknown, statement })),
    );
    expect(invokers).toHaveLength(1);
    expect(invokers[0]!.roles).toEqual([{ Ref: logicalId(apiStack, apiStack.apiFunction.role!) }]);
    expect(JSON.stringify(invokers[0]!.statement.Resource)).toContain(workerId());
  });

  it('is granted the tables only: item actions on the main table, audit appends', () => {
    const statements = statementsOfFunction(api, apiStack, apiStack.workerFunction);
    expect(dynamoGrantsOn(statements, mainTable)).toEqual([...workerMainTableActions].sort());
    expect(dynamoGrantsOn(statements, auditTable)).toEqual([...workerAuditTableActions].sort());
    const actions = statements.flatMap(actionsOf);
    expect(actions.filter((action) => !action.startsWith('dynamodb:'))).toEqual([]);
  });
});

describe('reminder job', () => {
  const fnId = () => logicalId(apiStack, apiStack.remindersFunction);
  const fn = () => resource(api, fnId());
  const ruleId = () => logicalId(apiStack, apiStack.reminderRule);

  it('runs every hour, with the reminder function as the only target, invokable by that rule alone', () => {
    const rule = resource(api, ruleId());
    expect(rule.Properties.ScheduleExpression).toBe('rate(1 hour)');
    expect(rule.Properties.State).toBe('ENABLED');
    expect(rule.Properties.Targets).toEqual([
      expect.objectContaining({
        Arn: { 'Fn::GetAtt': [fnId(), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
      }),
    ]);
    const permissions = Object.values(
      api.findResources('AWS::Lambda::Permission', {
        Properties: { Principal: 'events.amazonaws.com' },
      }),
    );
    expect(permissions.map((permission) => permission.Properties as unknown)).toEqual([
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        FunctionName: { 'Fn::GetAtt': [fnId(), 'Arn'] },
        SourceArn: { 'Fn::GetAtt': [ruleId(), 'Arn'] },
      }),
    ]);
  });

  it('runs on Node.js 22, arm64, with the API’s configuration, five minutes and its own role', () => {
    const props = fn().Properties;
    expect(props).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      MemorySize: 512,
      Timeout: 300,
    });
    const variables = props.Environment.Variables as Record<string, unknown>;
    expect(variables).toMatchObject({
      LAUREATE_MODE: 'aws',
      NODE_OPTIONS: '--enable-source-maps',
      PUBLIC_URL: 'https://laureate.example.org',
      MAIL_FROM: 'Laureate <no-reply@example.org>',
    });
    for (const definition of tableDefinitions) {
      expect(variables[definition.envVar]).toEqual(importOf(data, { Ref: tableId(definition) }));
    }
    const apiRole = resource(api, logicalId(apiStack, apiStack.apiFunction)).Properties.Role;
    expect(props.Role).not.toEqual(apiRole);
    expect(Object.keys(api.findResources('AWS::Logs::LogGroup'))).toContain(
      (props.LoggingConfig.LogGroup as { Ref: string }).Ref,
    );
  });

  it('is granted only what the job does: reads, its own records, audit appends, SES from the sender', () => {
    const statements = statementsOfFunction(api, apiStack, apiStack.remindersFunction);
    expect(dynamoGrantsOn(statements, mainTable)).toEqual([...reminderMainTableActions].sort());
    expect(dynamoGrantsOn(statements, auditTable)).toEqual(['dynamodb:PutItem']);
    const actions = statements.flatMap(actionsOf);
    expect(actions.filter((action) => action.startsWith('dynamodb:')).sort()).toEqual(
      [...reminderMainTableActions, ...reminderAuditTableActions].sort(),
    );
    for (const never of ['dynamodb:Scan', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem']) {
      expect(actions).not.toContain(never);
    }
    // No attachments: the job never reads a file.
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual([]);
    const ses = statements.filter((statement) => actionsOf(statement).includes('ses:SendEmail'));
    expect(ses.map((statement) => statement.Condition)).toEqual([
      { StringEquals: { 'ses:FromAddress': 'no-reply@example.org' } },
    ]);
    expect(actions.filter((action) => !action.startsWith('dynamodb:'))).toEqual(['ses:SendEmail']);
  });

  it('bundles a handler, AWS SDK included, demo seed excluded, that runs the job', async () => {
    const assetHash = (fn().Properties.Code.S3Key as string).replace(/\.zip$/, '');
    const bundle = join(outdir, `asset.${assetHash}`, 'index.mjs');
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    expect(code).not.toContain(DEMO_PASSWORD);
    expect(code).not.toContain(DEMO_ADMIN_TOTP_SECRET);

    // A stand-in DynamoDB on the loopback that has no published competition, recording calls.
    const calls: { target: string; body: Record<string, unknown> }[] = [];
    const dynamo = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        calls.push({
          target: String(request.headers['x-amz-target']),
          body: JSON.parse(body) as Record<string, unknown>,
        });
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(JSON.stringify({ Count: 0, ScannedCount: 0, Items: [] }));
      });
    });
    await new Promise<void>((resolve) => dynamo.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = dynamo.address() as AddressInfo;
      vi.stubEnv('LAUREATE_MODE', 'aws');
      vi.stubEnv('TABLE_MAIN', 'main-table');
      vi.stubEnv('TABLE_AUDIT', 'audit-table');
      vi.stubEnv('AWS_REGION', 'eu-central-1');
      vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
      vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
      vi.stubEnv('PUBLIC_URL', 'https://laureate.example.org');
      vi.stubEnv('FILES_BUCKET', 'files-bucket');
      vi.stubEnv('DYNAMODB_ENDPOINT', `http://127.0.0.1:${port}`);
      const { handler } = (await import(bundle)) as {
        handler: (event: unknown, context: unknown) => Promise<Record<string, number>>;
      };
      const scheduled = { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} };
      expect(await handler(scheduled, {})).toEqual({
        competitions: 0,
        sent: 0,
        skipped: 0,
        failed: 0,
      });
      // One Query of the published competitions' index; nothing else, and never a Scan.
      expect(calls).toEqual([
        {
          target: 'DynamoDB_20120810.Query',
          body: expect.objectContaining({
            TableName: 'main-table',
            IndexName: 'gsi1',
            ExpressionAttributeValues: { ':published': { S: 'COMPETITIONS#PUBLISHED' } },
          }) as unknown,
        },
      ]);
    } finally {
      dynamo.close();
    }
  });
});

describe('web stack', () => {
  const distributionId = () => logicalId(webStack, webStack.distribution);
  const distribution = () =>
    resource(web, distributionId()).Properties.DistributionConfig as DistributionConfig;

  it('keeps the bucket private, encrypted and TLS-only, readable by this distribution only', () => {
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
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: {
              StringEquals: {
                'AWS:SourceArn': {
                  'Fn::Join': ['', Match.arrayWith([{ Ref: distributionId() }])],
                },
              },
            },
          }),
        ]),
      },
    });
  });

  it('reads the bucket through Origin Access Control (always signed, SigV4)', () => {
    const controls = web.findResources('AWS::CloudFront::OriginAccessControl', {
      Properties: {
        OriginAccessControlConfig: {
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      },
    });
    const config = distribution();
    const s3Origin = config.Origins.find(
      (origin) => origin.Id === config.DefaultCacheBehavior.TargetOriginId,
    );
    expect(Object.keys(controls)).toContain(s3Origin?.OriginAccessControlId?.['Fn::GetAtt'][0]);
    // No legacy Origin Access Identity alongside.
    expect(s3Origin?.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
  });

  it('serves the app over HTTPS with an SPA rewrite that leaves API errors alone', () => {
    const config = distribution();
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    // Error responses would apply to /api/* too and turn its 404s into the app's page.
    expect(config.CustomErrorResponses).toBeUndefined();

    const associations = config.DefaultCacheBehavior.FunctionAssociations ?? [];
    expect(associations.map((association) => association.EventType)).toEqual(['viewer-request']);
    const functionId = associations[0]?.FunctionARN['Fn::GetAtt'][0] ?? '';
    const code = resource(web, functionId).Properties.FunctionCode as string;
    const rewrite = runInNewContext(`${code}\nhandler`) as (event: {
      request: { uri: string };
    }) => { uri: string };
    const served = (uri: string) => rewrite({ request: { uri } }).uri;
    expect(served('/')).toBe('/index.html');
    expect(served('/competitions/abc/entries')).toBe('/index.html');
    expect(served('/_app/immutable/entry/start.abc123.js')).toBe(
      '/_app/immutable/entry/start.abc123.js',
    );
    expect(served('/favicon.svg')).toBe('/favicon.svg');
  });

  it('routes /api/* to the HTTP API uncached, with every method and the viewer headers', () => {
    const config = distribution();
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({
        PathPattern: '/api/*',
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // AllViewerExceptHostHeader
        ViewerProtocolPolicy: 'redirect-to-https',
      }),
    ]);
    const apiBehaviour = config.CacheBehaviors[0];
    expect(apiBehaviour?.FunctionAssociations).toBeUndefined();
    const origin = config.Origins.find(
      (candidate) => candidate.Id === apiBehaviour?.TargetOriginId,
    );
    const endpoint = importOf(api, {
      'Fn::GetAtt': [logicalId(apiStack, apiStack.httpApi), 'ApiEndpoint'],
    });
    expect(origin?.DomainName).toEqual({ 'Fn::Select': [2, { 'Fn::Split': ['/', endpoint] }] });
    expect(origin?.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only');
  });

  it('sends security headers with every response, the API’s included', () => {
    const [policy] = Object.keys(
      web.findResources('AWS::CloudFront::ResponseHeadersPolicy', {
        Properties: {
          ResponseHeadersPolicyConfig: {
            SecurityHeadersConfig: {
              StrictTransportSecurity: {
                AccessControlMaxAgeSec: 63072000,
                IncludeSubdomains: true,
                Override: true,
              },
              ContentTypeOptions: { Override: true },
              FrameOptions: { FrameOption: 'DENY', Override: true },
              ReferrerPolicy: {
                ReferrerPolicy: 'strict-origin-when-cross-origin',
                Override: true,
              },
            },
          },
        },
      }),
    );
    expect(policy).toBeDefined();
    const config = distribution();
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) {
      expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: policy });
    }
  });

  it('uploads hashed files cached for a year and never pruned, the rest revalidated', () => {
    const deployments = Object.values(web.findResources('Custom::CDKBucketDeployment'));
    const immutable = deployments.find(
      (deployment) => deployment.Properties.DestinationBucketKeyPrefix === '_app/immutable/',
    );
    const site = deployments.find(
      (deployment) => deployment.Properties.DestinationBucketKeyPrefix === undefined,
    );
    expect(immutable?.Properties).toMatchObject({
      Prune: false,
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    expect(site?.Properties).toMatchObject({
      Prune: true,
      Exclude: ['_app/immutable/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
      DistributionId: { Ref: distributionId() },
      DistributionPaths: ['/*'],
    });

    // What each deployment uploads, as staged in the cloud assembly.
    const staged = (deployment: Resource | undefined) => {
      const [key] = (deployment?.Properties.SourceObjectKeys ?? []) as string[];
      const dir = join(outdir, `asset.${key?.replace(/\.zip$/, '')}`);
      return readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((path) => statSync(join(dir, path)).isFile())
        .sort();
    };
    expect(staged(site)).toEqual(['_app/version.json', 'index.html']);
    expect(staged(immutable)).toEqual(['entry/start.abc123.js']);
  });

  it('outputs the site URL', () => {
    web.hasOutput('SiteUrl', {
      Value: {
        'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId(), 'DomainName'] }]],
      },
    });
  });
});

describe('cdk app', () => {
  it('refuses to synthesise without a web build, and says how to make one', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bin/app.ts'], {
      cwd: join(repoRoot, 'cdk'),
      env: { ...process.env, LAUREATE_WEB_ASSETS: join(workDir, 'no-such-build') },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('run npm run build:web first');
  });
});
