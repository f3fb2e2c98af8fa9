import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface DynamoConnection {
  /** Absent on AWS, where the SDK finds the regional endpoint itself. */
  endpoint?: string;
  region: string;
}

/** Fixed credentials DynamoDB Local accepts; never used against AWS. */
const localCredentials = { accessKeyId: 'local', secretAccessKey: 'local' };

export function createDynamoClient(connection: DynamoConnection): DynamoDBClient {
  const isLocal =
    connection.endpoint !== undefined && /localhost|127\.0\.0\.1/.test(connection.endpoint);
  return new DynamoDBClient({
    region: connection.region,
    ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
    ...(isLocal ? { credentials: localCredentials } : {}),
    maxAttempts: 4,
  });
}

export function createDocumentClient(client: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
    unmarshallOptions: { wrapNumbers: false },
  });
}
