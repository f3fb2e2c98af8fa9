import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal } from '../../functions/src/local/dynamodb-local.ts';

/** One in-memory DynamoDB Local for the whole integration run, on a free port. */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const database = await startDynamoDbLocal();
  project.provide('dynamoEndpoint', database.endpoint);
  return () => database.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
