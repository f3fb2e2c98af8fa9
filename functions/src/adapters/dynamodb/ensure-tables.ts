import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type AttributeDefinition,
  type DynamoDBClient,
  type GlobalSecondaryIndex,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import {
  tableDefinitions,
  type GlobalSecondaryIndexDefinition,
  type TableDefinition,
  type TableNames,
} from './table-definitions.ts';

export type TableChange = { table: string; change: 'created' | 'index-added' | 'ttl-enabled' };

/**
 * Creates missing tables and adds missing indexes and TTL, from the same definitions CDK uses.
 * Safe to run on every start: an up-to-date database is left untouched. Local mode and tests
 * only; on AWS, CloudFormation owns the tables.
 */
export async function ensureTables(
  client: DynamoDBClient,
  names: TableNames,
): Promise<TableChange[]> {
  const changes: TableChange[] = [];
  for (const definition of tableDefinitions) {
    const tableName = names[definition.logicalName];
    const existing = await describe(client, tableName);
    if (!existing) {
      await client.send(new CreateTableCommand(createTableInput(definition, tableName)));
      await waitUntilTableExists({ client, maxWaitTime: 60 }, { TableName: tableName });
      changes.push({ table: tableName, change: 'created' });
    } else {
      changes.push(...(await addMissingIndexes(client, definition, tableName, existing)));
    }
    if (definition.timeToLiveAttribute && (await enableTimeToLive(client, definition, tableName))) {
      changes.push({ table: tableName, change: 'ttl-enabled' });
    }
  }
  return changes;
}

async function describe(
  client: DynamoDBClient,
  tableName: string,
): Promise<TableDescription | undefined> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return Table;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

function attributeDefinitions(keys: TableDefinition['partitionKey'][]): AttributeDefinition[] {
  const unique = new Map(keys.map((key) => [key.name, key.type]));
  return [...unique].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
}

function indexInput(index: GlobalSecondaryIndexDefinition): GlobalSecondaryIndex {
  return {
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: index.projection },
  };
}

function createTableInput(definition: TableDefinition, tableName: string) {
  const indexes = definition.globalSecondaryIndexes;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: attributeDefinitions([
      definition.partitionKey,
      definition.sortKey,
      ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
    ]),
    KeySchema: [
      { AttributeName: definition.partitionKey.name, KeyType: 'HASH' as const },
      { AttributeName: definition.sortKey.name, KeyType: 'RANGE' as const },
    ],
    ...(indexes.length > 0 ? { GlobalSecondaryIndexes: indexes.map(indexInput) } : {}),
    ...(definition.stream
      ? { StreamSpecification: { StreamEnabled: true, StreamViewType: definition.stream } }
      : {}),
  };
}

async function addMissingIndexes(
  client: DynamoDBClient,
  definition: TableDefinition,
  tableName: string,
  existing: TableDescription,
): Promise<TableChange[]> {
  const present = new Set((existing.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const changes: TableChange[] = [];
  // DynamoDB adds one index per UpdateTable call.
  for (const index of definition.globalSecondaryIndexes) {
    if (present.has(index.indexName)) continue;
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: attributeDefinitions([index.partitionKey, index.sortKey]),
        GlobalSecondaryIndexUpdates: [{ Create: indexInput(index) }],
      }),
    );
    await waitUntilTableExists({ client, maxWaitTime: 120 }, { TableName: tableName });
    changes.push({ table: tableName, change: 'index-added' });
  }
  return changes;
}

/** Returns true when TTL was switched on now, false when it already was. */
async function enableTimeToLive(
  client: DynamoDBClient,
  definition: TableDefinition,
  tableName: string,
): Promise<boolean> {
  const { TimeToLiveDescription } = await client.send(
    new DescribeTimeToLiveCommand({ TableName: tableName }),
  );
  if (TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED') return false;
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: definition.timeToLiveAttribute, Enabled: true },
    }),
  );
  return true;
}
