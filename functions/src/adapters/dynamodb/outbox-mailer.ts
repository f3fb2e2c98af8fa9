import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OutboxMessage } from '@laureate/schemas';
import { randomUUID } from 'node:crypto';
import type { Clock } from '#ports/clock';
import type { EmailMessage, Mailer } from '#ports/mailer';
import { monotonicSuffix } from '../sequence.ts';
import { keys } from './keys.ts';

/**
 * Local mode's mailer: nothing leaves the machine; every message lands in the database and is
 * shown at /dev/outbox, so each flow that sends email can be followed on one machine.
 */
export class OutboxMailer implements Mailer {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async send(message: EmailMessage): Promise<void> {
    const id = randomUUID();
    const sentAt = this.clock.now().toISOString();
    // Messages sent within one clock tick (a test's fixed clock) keep their order.
    const sequence = monotonicSuffix();
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.outboxMessage(sentAt, `${sequence}#${id}`),
          entity: 'outbox-message',
          id,
          sentAt,
          ...message,
        },
      }),
    );
  }

  /** Newest first. */
  async list(limit = 100): Promise<OutboxMessage[]> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :outbox',
        ExpressionAttributeValues: { ':outbox': keys.outboxMessage('', '').pk },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (Items ?? []).map((item) => OutboxMessage.parse(item));
  }
}
