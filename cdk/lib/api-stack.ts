import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import {
  tableDefinitions,
  type TableName,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';
import { ApiFunction } from '../constructs/api-function.ts';
import { grantAttachmentAccess } from '../constructs/attachment-bucket.ts';

export interface ApiStackProps extends StackProps {
  tables: Readonly<Record<TableName, TableV2>>;
  /** The private bucket of application attachments. */
  filesBucket: IBucket;
  /** The verified SES sender, e.g. `Laureate <no-reply@example.org>`. */
  mailFrom: string;
  /** The site's public URL, for links in emails. */
  publicUrl?: string;
}

/** Item-level actions only: no Scan, no table management. Transactions need these too. */
export const mainTableActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

/** The audit trail is append-only: the API may add and read, never change or remove. */
export const auditTableActions = [
  'dynamodb:GetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * The reminder job (functions/src/jobs/review-reminders.ts) reads competitions, assignments,
 * reviews, extensions, users and conflicts (GetItem, BatchGetItem, Query), records each
 * reminder with a conditional PutItem and deletes its own record when the email fails.
 */
export const reminderMainTableActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:DeleteItem',
];

/** The job only adds audit entries. */
export const reminderAuditTableActions = ['dynamodb:PutItem'];

/**
 * The worker (functions/src/jobs/assignment-run.ts) reads the jury, applications, conflicts and
 * users, stores assignment changes in transactions, and writes its run's progress, result and
 * lease: the API's item-level actions, still no Scan.
 */
export const workerMainTableActions = mainTableActions;
/** It audits each run. */
export const workerAuditTableActions = ['dynamodb:PutItem'];

/** How often the reminder job runs: reminders go out within the hour after they fall due. */
export const reminderSchedule = Schedule.rate(Duration.hours(1));

/**
 * One JSON line per request, from variables documented for HTTP APIs (the AccessLogFormat presets
 * are made for REST APIs). integrationError tells why a Lambda call failed when the function's own
 * log has nothing. No source IP: behind CloudFront it is an edge server's, not the visitor's.
 */
const accessLogFields = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  method: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integration.latency',
  integrationError: '$context.integrationErrorMessage',
};

/**
 * The stateless API: one Lambda running the Hono app behind an HTTP API, and the scheduled
 * reminder job beside it.
 */
export class ApiStack extends Stack {
  readonly httpApi: HttpApi;
  readonly apiFunction: NodejsFunction;
  readonly remindersFunction: NodejsFunction;
  readonly workerFunction: NodejsFunction;
  readonly reminderRule: Rule;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const environment: Record<string, string> = {
      LAUREATE_MODE: 'aws',
      MAIL_FROM: props.mailFrom,
      FILES_BUCKET: props.filesBucket.bucketName,
      ...(props.publicUrl ? { PUBLIC_URL: props.publicUrl } : {}),
    };
    for (const definition of tableDefinitions) {
      environment[definition.envVar] = props.tables[definition.logicalName].tableName;
    }
    const api = new ApiFunction(this, 'Api', {
      entry: 'functions/src/handlers/api.ts',
      environment,
    }).function;
    this.apiFunction = api;

    props.tables.main.grant(api, ...mainTableActions);
    props.tables.audit.grant(api, ...auditTableActions);
    grantAttachmentAccess(props.filesBucket, api);
    const senderAddress = /<([^>]+)>/.exec(props.mailFrom)?.[1] ?? props.mailFrom;
    const sendEmail = () =>
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail'],
        resources: [`arn:${this.partition}:ses:${this.region}:${this.account}:identity/*`],
        // Only from the platform's own sender address.
        conditions: { StringEquals: { 'ses:FromAddress': senderAddress } },
      });
    api.addToRolePolicy(sendEmail());

    // Automatic review reminders: the same code and configuration, its own function and role,
    // with only what the job does. FILES_BUCKET is only a name here: no S3 access is granted.
    const reminders = new ApiFunction(this, 'Reminders', {
      entry: 'functions/src/handlers/reminders.ts',
      environment,
      timeout: Duration.minutes(5),
      memorySize: 512,
    }).function;
    this.remindersFunction = reminders;
    props.tables.main.grant(reminders, ...reminderMainTableActions);
    props.tables.audit.grant(reminders, ...reminderAuditTableActions);
    reminders.addToRolePolicy(sendEmail());
    this.reminderRule = new Rule(this, 'ReminderSchedule', {
      description: 'Laureate: automatic review reminders (docs/jury.md)',
      schedule: reminderSchedule,
      // A missed run is caught up by the next one: every run sends whatever is due then.
      targets: [
        new LambdaFunction(reminders, { retryAttempts: 2, maxEventAge: Duration.hours(1) }),
      ],
    });

    // Background work the API starts and answers at once (assignment runs): the same code with
    // the time and memory of the largest runs (docs/benchmarks.md: 10,000 applications × 3 in
    // 3.6 s and 678 MB), its own role, no S3 and no email. The API may invoke it, nothing else.
    const worker = new ApiFunction(this, 'Worker', {
      entry: 'functions/src/handlers/worker.ts',
      environment,
      timeout: Duration.minutes(15),
      memorySize: 2048,
    }).function;
    this.workerFunction = worker;
    // A run records its own failure; one that died is not retried but shown as stopped.
    worker.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.minutes(15) });
    props.tables.main.grant(worker, ...workerMainTableActions);
    props.tables.audit.grant(worker, ...workerAuditTableActions);
    worker.grantInvoke(api);
    api.addEnvironment('WORKER_FUNCTION', worker.functionName);

    // The default stage is declared by hand because only an explicit stage takes access logs.
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'Laureate API',
      createDefaultStage: false,
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
    this.httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('ApiIntegration', api),
    });
    new CfnOutput(this, 'ApiEndpoint', { value: this.httpApi.apiEndpoint });
  }
}
