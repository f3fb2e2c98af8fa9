import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Throttle } from '#ports/throttle';
import { keys } from './keys.ts';

/** Fixed-window counters; each window's item expires through TTL after the window ends. */
export class DynamoThrottle implements Throttle {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private window(windowSeconds: number, now: Date) {
    const start = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
    return { start, expiresAt: start + 2 * windowSeconds };
  }

  async hit(key: string, windowSeconds: number, now: Date): Promise<number> {
    const { start, expiresAt } = this.window(windowSeconds, now);
    const { Attributes } = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: keys.throttleWindow(key, start),
        UpdateExpression: 'ADD #count :one SET entity = :entity, expiresAt = :expiresAt',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'throttle', ':expiresAt': expiresAt },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.count ?? 0);
  }

  async count(key: string, windowSeconds: number, now: Date): Promise<number> {
    const { start } = this.window(windowSeconds, now);
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.throttleWindow(key, start) }),
    );
    return Number(Item?.count ?? 0);
  }
}
