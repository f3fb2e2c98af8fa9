import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import {
  tableDefinitions,
  type TableName,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';
import { ApiFunction } from '../constructs/api-function.ts';

export interface ApiStackProps extends StackProps {
  tables: Readonly<Record<TableName, TableV2>>;
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

/** The stateless API: one Lambda running the Hono app behind an HTTP API. */
export class ApiStack extends Stack {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const environment: Record<string, string> = {
      LAUREATE_MODE: 'aws',
      MAIL_FROM: props.mailFrom,
      ...(props.publicUrl ? { PUBLIC_URL: props.publicUrl } : {}),
    };
    for (const definition of tableDefinitions) {
      environment[definition.envVar] = props.tables[definition.logicalName].tableName;
    }
    const api = new ApiFunction(this, 'Api', {
      entry: 'functions/src/handlers/api.ts',
      environment,
    }).function;

    props.tables.main.grant(api, ...mainTableActions);
    props.tables.audit.grant(api, ...auditTableActions);
    const senderAddress = /<([^>]+)>/.exec(props.mailFrom)?.[1] ?? props.mailFrom;
    api.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail'],
        resources: [`arn:${this.partition}:ses:${this.region}:${this.account}:identity/*`],
        // Only from the platform's own sender address.
        conditions: { StringEquals: { 'ses:FromAddress': senderAddress } },
      }),
    );

    this.httpApi = new HttpApi(this, 'HttpApi', { description: 'Laureate API' });
    this.httpApi.addRoutes({
      path: '/api/{proxy+}',
      methods: [HttpMethod.ANY],
      integration: new HttpLambdaIntegration('ApiIntegration', api),
    });
    new CfnOutput(this, 'ApiEndpoint', { value: this.httpApi.apiEndpoint });
  }
}
