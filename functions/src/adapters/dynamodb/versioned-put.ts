import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '#domain/errors';

/**
 * The condition of an optimistic-lock write: the item exists and its stored `version` is
 * `expectedVersion`. For a Put inside a transaction; `putIfVersion` makes a single one.
 *
 * @example { Put: { TableName, Item, ...ifVersion(3) } }
 */
export const ifVersion = (expectedVersion: number) => ({
  ConditionExpression: 'attribute_exists(pk) AND version = :expected',
  ExpressionAttributeValues: { ':expected': expectedVersion },
});

/**
 * Replaces an existing item only if its stored `version` is the one the writer read: the
 * optimistic lock behind every edit. A mismatch becomes a `conflict/version-mismatch` problem
 * (409) with `message`, never a silent overwrite.
 */
export async function putIfVersion(
  documents: DynamoDBDocumentClient,
  tableName: string,
  item: Record<string, unknown>,
  expectedVersion: number,
  message: string,
): Promise<void> {
  try {
    await documents.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ...ifVersion(expectedVersion),
      }),
    );
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) {
      throw new DomainError('conflict/version-mismatch', message, { expectedVersion });
    }
    throw error;
  }
}
