import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditLog } from '#ports/audit-log';
import { auditKeys } from './keys.ts';

/** Appends only: the API's IAM role cannot update or delete audit items. */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    const entryId = randomUUID();
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...auditKeys.entry(entry.scope, entry.at, entryId),
          ...(entry.actorId ? auditKeys.byActor(entry.actorId, `${entry.at}#${entryId}`) : {}),
          entity: 'audit-entry',
          entryId,
          ...entry,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }
}
