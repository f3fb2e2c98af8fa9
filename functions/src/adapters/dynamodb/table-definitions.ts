/**
 * The DynamoDB tables, declared once as plain data.
 *
 * The CDK stack (cdk/lib/data-stack.ts) and the local launcher (functions/src/local) both read
 * this module, so keys, indexes, TTL and streams cannot drift between AWS and local mode.
 * It imports nothing from the AWS SDK or CDK on purpose. Access patterns: docs/data-model.md.
 */

export type KeyAttributeType = 'S' | 'N';

export interface KeyAttribute {
  readonly name: string;
  readonly type: KeyAttributeType;
}

export interface GlobalSecondaryIndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  /** Every index projects all attributes: items are small and reads stay single-request. */
  readonly projection: 'ALL';
}

export type StreamView = 'NEW_AND_OLD_IMAGES' | 'NEW_IMAGE';

export interface TableDefinition {
  /** Stable logical id: the CDK construct id and the key of the runtime table-name map. */
  readonly logicalName: TableName;
  /** Environment variable through which a deployed function learns the generated name. */
  readonly envVar: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute;
  readonly globalSecondaryIndexes: readonly GlobalSecondaryIndexDefinition[];
  /** Attribute holding an epoch-seconds expiry; DynamoDB deletes expired items. */
  readonly timeToLiveAttribute?: string;
  readonly stream?: StreamView;
}

export type TableName = 'main' | 'audit';

const pk: KeyAttribute = { name: 'pk', type: 'S' };
const sk: KeyAttribute = { name: 'sk', type: 'S' };

/** Names of the generic index attributes, shared by every entity that uses an index. */
export const indexNames = {
  byParent: 'gsi1',
  byOwner: 'gsi2',
} as const;

export const mainTable: TableDefinition = {
  logicalName: 'main',
  envVar: 'TABLE_MAIN',
  partitionKey: pk,
  sortKey: sk,
  globalSecondaryIndexes: [
    {
      indexName: indexNames.byParent,
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      projection: 'ALL',
    },
    {
      indexName: indexNames.byOwner,
      partitionKey: { name: 'gsi2pk', type: 'S' },
      sortKey: { name: 'gsi2sk', type: 'S' },
      projection: 'ALL',
    },
  ],
  // Sessions, sign-in tokens and invitations expire by themselves.
  timeToLiveAttribute: 'expiresAt',
  // Feeds counters and notifications later, so the submit path never writes a shared item.
  stream: 'NEW_AND_OLD_IMAGES',
};

/**
 * Append-only audit trail, apart from the main table so that IAM can grant the API
 * PutItem and Query on it but never UpdateItem or DeleteItem.
 */
export const auditTable: TableDefinition = {
  logicalName: 'audit',
  envVar: 'TABLE_AUDIT',
  partitionKey: pk,
  sortKey: sk,
  globalSecondaryIndexes: [
    {
      indexName: indexNames.byParent,
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
      projection: 'ALL',
    },
  ],
};

export const tableDefinitions: readonly TableDefinition[] = [mainTable, auditTable];

/** The physical table names a running API uses, keyed by logical name. */
export type TableNames = Readonly<Record<TableName, string>>;

/** Names for local mode and tests: a prefix keeps parallel test runs apart. */
export function localTableNames(prefix = 'laureate'): TableNames {
  return { main: `${prefix}-main`, audit: `${prefix}-audit` };
}

/** Names for a deployed function, read from the environment CDK sets. */
export function tableNamesFromEnv(env: Readonly<Record<string, string | undefined>>): TableNames {
  const names = {} as Record<TableName, string>;
  for (const table of tableDefinitions) {
    const value = env[table.envVar];
    if (!value) throw new Error(`Missing environment variable ${table.envVar}`);
    names[table.logicalName] = value;
  }
  return names;
}
