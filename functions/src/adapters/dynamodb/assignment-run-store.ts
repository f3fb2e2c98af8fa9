import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { AssignmentRunResult, AssignmentRunStage } from '@laureate/schemas';
import { z } from 'zod';
import type {
  AssignmentRunRecord,
  AssignmentRunRepository,
  RunProgress,
} from '#ports/assignment-runs';
import { keys } from './keys.ts';
import { failedConditions, queryPrefix } from './query-all.ts';

const RunItem = z.object({
  competitionId: z.string(),
  runId: z.string(),
  dryRun: z.boolean(),
  startedBy: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  stage: AssignmentRunStage,
  fraction: z.number(),
  saved: z.number().optional(),
  toSave: z.number().optional(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
  parts: z.number().optional(),
  problem: z.object({ code: z.string(), detail: z.string() }).optional(),
});

/** Characters per result part: at most 3 bytes each in UTF-8, well under the 400 KB item limit. */
const PART_CHARACTERS = 100_000;
/** Runs are a working record (the audit keeps the lasting one): TTL removes them after this. */
const KEEP_SECONDS = 30 * 24 * 60 * 60;

/** Assignment runs in the competition's partition: `RUN#`, `RUNPART#` and the `RUNLEASE`. */
export class DynamoAssignmentRunStore implements AssignmentRunRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async start(
    record: AssignmentRunRecord,
    leaseUntil: string,
  ): Promise<{ started: true } | { started: false; activeRunId: string }> {
    const { competitionId, runId } = record;
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.assignmentRunLease(competitionId),
                  entity: 'assignment-run-lease',
                  runId,
                  leaseUntil,
                },
                // A lease past its time belonged to a run that died without finishing.
                ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now',
                ExpressionAttributeValues: { ':now': record.startedAt },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.assignmentRun(competitionId, runId),
                  entity: 'assignment-run',
                  ...record,
                  expiresAt: expiry(record.startedAt),
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return { started: true };
    } catch (error) {
      if (!failedConditions(error)?.includes(0)) throw error;
      const lease = await this.documents.send(
        new GetCommand({
          TableName: this.tableName,
          Key: keys.assignmentRunLease(competitionId),
          ConsistentRead: true,
        }),
      );
      return { started: false, activeRunId: String(lease.Item?.runId ?? '') };
    }
  }

  async progress(
    competitionId: string,
    runId: string,
    progress: RunProgress,
    at: string,
  ): Promise<void> {
    const values: Record<string, unknown> = {
      ':stage': progress.stage,
      ':fraction': progress.fraction,
      ':at': at,
      ':running': 'running',
    };
    let update = 'SET stage = :stage, fraction = :fraction, updatedAt = :at';
    for (const field of ['saved', 'toSave'] as const) {
      if (progress[field] === undefined) continue;
      update += `, ${field} = :${field}`;
      values[`:${field}`] = progress[field];
    }
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.assignmentRun(competitionId, runId),
          UpdateExpression: update,
          // Never after the end: a late progress write must not turn a finished run back.
          ConditionExpression: '#state = :running',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: values,
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async finish(
    competitionId: string,
    runId: string,
    outcome: { result: AssignmentRunResult } | { problem: { code: string; detail: string } },
    at: string,
  ): Promise<void> {
    const parts = 'result' in outcome ? splitText(JSON.stringify(outcome.result)) : [];
    // The parts first: a run reads as done only once its whole result can be read.
    for (const [index, text] of parts.entries()) {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.assignmentRunPart(competitionId, runId, index),
            entity: 'assignment-run-part',
            text,
            expiresAt: expiry(at),
          },
        }),
      );
    }
    const values: Record<string, unknown> = {
      ':state': 'result' in outcome ? 'done' : 'failed',
      ':finished': 'finished',
      ':at': at,
      ':parts': parts.length,
    };
    let update =
      'SET #state = :state, stage = :finished, updatedAt = :at, finishedAt = :at, parts = :parts';
    if ('result' in outcome) {
      update += ', fraction = :one';
      values[':one'] = 1;
    } else {
      update += ', problem = :problem';
      values[':problem'] = outcome.problem;
    }
    await this.documents
      .send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: keys.assignmentRun(competitionId, runId),
                UpdateExpression: update,
                ExpressionAttributeNames: { '#state': 'state' },
                ExpressionAttributeValues: values,
              },
            },
            {
              // Only this run's lease: one that expired and was taken by a newer run stays.
              Delete: {
                TableName: this.tableName,
                Key: keys.assignmentRunLease(competitionId),
                ConditionExpression: 'attribute_not_exists(pk) OR runId = :runId',
                ExpressionAttributeValues: { ':runId': runId },
              },
            },
          ],
        }),
      )
      .catch(async (error: unknown) => {
        if (!failedConditions(error)?.includes(1)) throw error;
        // The lease is another run's now: record the outcome alone.
        await this.documents.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: keys.assignmentRun(competitionId, runId),
            UpdateExpression: update,
            ExpressionAttributeNames: { '#state': 'state' },
            ExpressionAttributeValues: values,
          }),
        );
      });
  }

  async listRecent(competitionId: string, limit: number): Promise<AssignmentRunRecord[]> {
    // Run ids start with the start time in fixed-width base 36: newest last in key order.
    const response = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': keys.assignmentRunLease(competitionId).pk,
          ':prefix': 'RUN#',
        },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (response.Items ?? []).map(runOf);
  }

  async get(competitionId: string, runId: string): Promise<AssignmentRunRecord | undefined> {
    const response = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.assignmentRun(competitionId, runId),
        ConsistentRead: true,
      }),
    );
    if (!response.Item) return undefined;
    const { parts, ...item } = RunItem.parse(response.Item);
    if (item.state !== 'done' || !parts) return item;
    const stored = await queryPrefix(
      this.documents,
      this.tableName,
      keys.assignmentRun(competitionId, runId).pk,
      `RUNPART#${runId}#`,
      { consistent: true },
    );
    const text = stored.map((part) => String(part.text)).join('');
    return { ...item, result: AssignmentRunResult.parse(JSON.parse(text)) };
  }
}

const runOf = (item: Record<string, unknown>): AssignmentRunRecord => {
  const { parts: _parts, ...record } = RunItem.parse(item);
  return record;
};

const expiry = (at: string) => Math.floor(Date.parse(at) / 1000) + KEEP_SECONDS;

/** The text in pieces of at most `PART_CHARACTERS`, never splitting a surrogate pair. */
export function splitText(text: string, size = PART_CHARACTERS): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
