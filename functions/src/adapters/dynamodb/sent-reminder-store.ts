import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { SentReminderRecord, SentReminderRepository } from '#ports/sent-reminders';
import { keys } from './keys.ts';
import { queryPrefix } from './query-all.ts';

const SentReminderItem = z.object({
  competitionId: z.string(),
  jurorId: z.string(),
  deadlineAt: z.string(),
  daysBefore: z.number().int(),
  claimedAt: z.string(),
  runId: z.string(),
});

/** Once a deadline is this far behind, no reminder for it can be due: TTL may remove the record. */
const KEEP_AFTER_DEADLINE_SECONDS = 90 * 24 * 60 * 60;

/** Sent automatic reminders, in the competition's partition, one item per reminder. */
export class DynamoSentReminderStore implements SentReminderRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async claim(record: SentReminderRecord): Promise<'claimed' | 'already-claimed'> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(record),
            entity: 'sent-reminder',
            ...record,
            expiresAt:
              Math.floor(Date.parse(record.deadlineAt) / 1000) + KEEP_AFTER_DEADLINE_SECONDS,
            version: 1,
          },
          // The guard against a second send: of two runs claiming the same reminder, one wins.
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'claimed';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'already-claimed';
      throw error;
    }
  }

  async release(record: SentReminderRecord): Promise<void> {
    try {
      await this.documents.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: this.key(record),
          // Only this run's own claim: never one another run made since.
          ConditionExpression: 'runId = :runId',
          ExpressionAttributeValues: { ':runId': record.runId },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async listOfCompetition(competitionId: string): Promise<SentReminderRecord[]> {
    const items = await queryPrefix(
      this.documents,
      this.tableName,
      keys.competition(competitionId).pk,
      'REMIND#',
    );
    return items.map((item) => SentReminderItem.parse(item));
  }

  private key(record: SentReminderRecord) {
    return keys.sentReminder(
      record.competitionId,
      record.jurorId,
      new Date(record.deadlineAt).toISOString(),
      record.daysBefore,
    );
  }
}
