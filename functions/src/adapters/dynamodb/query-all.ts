import {
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Every item of a Query, following `LastEvaluatedKey` page by page. */
export async function queryAll(
  documents: DynamoDBDocumentClient,
  input: QueryCommandInput,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({ ...input, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * Every item of partition `pk` whose sort key starts with `prefix`: the Query most stores make
 * (a competition's bids, extensions, reminders; an application's reviews).
 *
 * @example queryPrefix(documents, table, keys.competition(id).pk, 'BID#')
 */
export function queryPrefix(
  documents: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  prefix: string,
  options: { consistent?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  return queryAll(documents, {
    TableName: tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': pk, ':prefix': prefix },
    ...(options.consistent ? { ConsistentRead: true } : {}),
  });
}

/**
 * Which items of a cancelled transaction failed their condition, by position, so a caller can
 * tell "the assignment is gone" from "someone saved first".
 */
export function failedConditions(error: unknown): number[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).flatMap((reason, index) =>
    reason.Code === 'ConditionalCheckFailed' ? [index] : [],
  );
}
