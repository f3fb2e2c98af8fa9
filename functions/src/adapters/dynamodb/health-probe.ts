import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HealthProbe } from '#ports/health-probe';
import { keys } from './keys.ts';
import type { TableNames } from './table-definitions.ts';

/**
 * Reads one fixed key from each table: proves the endpoint, credentials, table and IAM grant
 * all work, with the same GetItem permission the API already has (no DescribeTable grant).
 */
export class DynamoHealthProbe implements HealthProbe {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tables: TableNames,
  ) {}

  async check(): Promise<Record<string, 'ok' | 'unreachable'>> {
    const entries = await Promise.all(
      Object.entries(this.tables).map(async ([logicalName, tableName]) => {
        try {
          await this.documents.send(
            new GetCommand({ TableName: tableName, Key: keys.healthProbe() }),
          );
          return [logicalName, 'ok'] as const;
        } catch {
          return [logicalName, 'unreachable'] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  }
}
