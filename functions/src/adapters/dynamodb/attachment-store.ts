import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type { ApplicationRecord } from '#ports/application-repository';
import type { AttachmentRecord, AttachmentRepository } from '#ports/attachment-repository';
import { applicationItem } from './application-store.ts';
import { keys } from './keys.ts';
import { failedConditions } from './query-all.ts';
import { ifVersion } from './versioned-put.ts';

const AttachmentItem = z.object({
  id: z.string(),
  applicationId: z.string(),
  fieldId: z.string(),
  name: z.string(),
  size: z.number().int(),
  declaredType: z.string(),
  contentType: z.string().optional(),
  sha256: z.string().optional(),
  status: z.enum(['pending', 'stored', 'detached']),
  createdAt: z.string(),
  createdBy: z.string(),
  uploadedAt: z.string().optional(),
  uploadedBy: z.string().optional(),
  expiresAt: z.number().optional(),
});

/** The item of an attachment record, also written as is by the demo seed. */
export const attachmentItem = (record: AttachmentRecord) => ({
  ...keys.applicationFile(record.applicationId, record.id),
  entity: 'attachment',
  ...record,
});

/** The application's own item, put only if nobody changed it since `expectedVersion`. */
const guardedApplication = (tableName: string, record: ApplicationRecord, expected: number) => ({
  Put: {
    TableName: tableName,
    Item: applicationItem(record),
    ...ifVersion(expected),
  },
});

const versionConflict = () =>
  new DomainError(
    'conflict/version-mismatch',
    'This application changed elsewhere: reload to see the latest version',
  );

/** Attachment metadata beside its application (`APP#<id>` / `FILE#<attachmentId>`). */
export class DynamoAttachmentStore implements AttachmentRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createPending(record: AttachmentRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: attachmentItem(record),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(applicationId: string, attachmentId: string): Promise<AttachmentRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.applicationFile(applicationId, attachmentId),
        ConsistentRead: true,
      }),
    );
    return Item ? AttachmentItem.parse(Item) : undefined;
  }

  async list(applicationId: string): Promise<AttachmentRecord[]> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :application AND begins_with(sk, :file)',
        ExpressionAttributeValues: {
          ':application': keys.application(applicationId).pk,
          ':file': 'FILE#',
        },
        ConsistentRead: true,
      }),
    );
    return (Items ?? []).map((entry) => AttachmentItem.parse(entry));
  }

  async store(
    attachment: AttachmentRecord,
    application: ApplicationRecord,
    expectedVersion: number,
  ): Promise<void> {
    const { expiresAt: _pendingExpiry, ...stored } = attachment;
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            guardedApplication(this.tableName, application, expectedVersion),
            {
              // Of two completions of the same upload, exactly one stores it.
              Put: {
                TableName: this.tableName,
                Item: attachmentItem(stored),
                ConditionExpression: 'attribute_exists(pk) AND #status = :pending',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':pending': 'pending' },
              },
            },
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      if (failed.includes(1)) {
        throw new DomainError(
          'attachment/not-uploaded',
          'This upload was already completed or has expired: upload the file again',
        );
      }
      throw versionConflict();
    }
  }

  async remove(
    attachment: AttachmentRecord,
    application: ApplicationRecord,
    expectedVersion: number,
    keep: boolean,
  ): Promise<void> {
    const key = keys.applicationFile(attachment.applicationId, attachment.id);
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            guardedApplication(this.tableName, application, expectedVersion),
            keep
              ? {
                  Put: {
                    TableName: this.tableName,
                    Item: attachmentItem({ ...attachment, status: 'detached' }),
                  },
                }
              : { Delete: { TableName: this.tableName, Key: key } },
          ],
        }),
      );
    } catch (error) {
      if (failedConditions(error)) throw versionConflict();
      throw error;
    }
  }

  async deletePending(applicationId: string, attachmentId: string): Promise<void> {
    await this.documents
      .send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.applicationFile(applicationId, attachmentId),
          ConditionExpression: '#status = :pending',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        }),
      )
      .catch((error: unknown) => {
        // Already gone, or completed by a concurrent request: nothing to forget.
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      });
  }
}
