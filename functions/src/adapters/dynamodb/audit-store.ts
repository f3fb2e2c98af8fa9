import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditLog } from '#ports/audit-log';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { monotonicSuffix } from '../sequence.ts';
import { auditKeys } from './keys.ts';

const AuditItem = z.object({
  scope: z.string(),
  action: z.string(),
  actorId: z.string().optional(),
  at: z.string(),
  ip: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** Appends only: the API's IAM role cannot update or delete audit items. */
export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    // Time-ordered within the millisecond, so the trail reads in the order things happened.
    const entryId = `${monotonicSuffix()}-${randomUUID().slice(0, 8)}`;
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

  async list(scope: string, options: { limit: number; cursor?: string }) {
    const startKey = decodeCursor(options.cursor);
    const result = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :scope',
        ExpressionAttributeValues: { ':scope': scope },
        ScanIndexForward: false,
        Limit: options.limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return {
      items: (result.Items ?? []).map((item) => AuditItem.parse(item)),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }
}
