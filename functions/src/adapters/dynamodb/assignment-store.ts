import {
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type {
  AssignmentPair,
  AssignmentRecord,
  AssignmentRepository,
  DivergenceFlagRecord,
} from '#ports/assignments';
import { keys } from './keys.ts';
import { failedConditions, queryAll, queryPrefix } from './query-all.ts';
import { indexNames } from './table-definitions.ts';

const AssignmentItem = z.object({
  competitionId: z.string(),
  applicationId: z.string(),
  jurorId: z.string(),
  source: z.enum(['solver', 'manual', 'divergence']),
  assignedAt: z.string(),
  assignedBy: z.string(),
});

const DivergenceFlagItem = z.object({
  competitionId: z.string(),
  applicationId: z.string(),
  flaggedAt: z.string(),
  spread: z.number(),
  extraJurorId: z.string().optional(),
  noneAvailableAt: z.string().optional(),
});

const toAssignment = (item: unknown): AssignmentRecord => AssignmentItem.parse(item);

/** The item for an assignment, with the index entry that puts it in the juror's queue. */
export function assignmentItem(record: AssignmentRecord): Record<string, unknown> {
  return {
    ...keys.assignment(record.competitionId, record.applicationId, record.jurorId),
    ...keys.assignmentOfJuror(record.jurorId, record.competitionId, record.applicationId),
    entity: 'assignment',
    ...record,
    version: 1,
  };
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Transactions hold at most 100 items (conventions, scale notes). */
const TRANSACTION_LIMIT = 100;

export class DynamoAssignmentStore implements AssignmentRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(competitionId: string, applicationId: string, jurorId: string) {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.assignment(competitionId, applicationId, jurorId),
        ConsistentRead: true,
      }),
    );
    return Item ? toAssignment(Item) : undefined;
  }

  async listOfCompetition(competitionId: string) {
    return (await this.queryCompetition(competitionId, 'ASSIGN#')).map(toAssignment);
  }

  async listOfApplication(competitionId: string, applicationId: string) {
    return (await this.queryCompetition(competitionId, `ASSIGN#${applicationId}#`)).map(
      toAssignment,
    );
  }

  async listOfJuror(jurorId: string, competitionId: string) {
    const index = keys.assignmentOfJuror(jurorId, competitionId, '');
    const items = await queryAll(this.documents, {
      TableName: this.tableName,
      IndexName: indexNames.byOwner,
      KeyConditionExpression: 'gsi2pk = :user AND begins_with(gsi2sk, :prefix)',
      ExpressionAttributeValues: { ':user': index.gsi2pk, ':prefix': index.gsi2sk },
    });
    return items.map(toAssignment);
  }

  async add(record: AssignmentRecord): Promise<'added' | 'already-assigned'> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: assignmentItem(record),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return 'added';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'already-assigned';
      throw error;
    }
  }

  async remove(
    competitionId: string,
    pair: AssignmentPair,
  ): Promise<'removed' | 'not-found' | 'review-started'> {
    try {
      await this.documents.send(
        new TransactWriteCommand({ TransactItems: this.removal(competitionId, pair) }),
      );
      return 'removed';
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      return failed.includes(0) ? 'review-started' : 'not-found';
    }
  }

  async swap(
    from: AssignmentPair & { competitionId: string },
    to: AssignmentRecord,
  ): Promise<'swapped' | 'not-found' | 'review-started' | 'already-assigned'> {
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            ...this.removal(from.competitionId, from),
            {
              Put: {
                TableName: this.tableName,
                Item: assignmentItem(to),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return 'swapped';
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      if (failed.includes(0)) return 'review-started';
      if (failed.includes(1)) return 'not-found';
      return 'already-assigned';
    }
  }

  async applyChanges(
    competitionId: string,
    changes: { add: AssignmentRecord[]; remove: AssignmentPair[] },
    onProgress?: (stored: number) => Promise<void>,
  ): Promise<void> {
    // A removal is two items (the check that no review started, the delete): keep them together.
    const units: TransactItem[][] = [
      ...changes.remove.map((pair) => this.removal(competitionId, pair)),
      ...changes.add.map((record) => [
        {
          Put: {
            TableName: this.tableName,
            Item: assignmentItem(record),
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]),
    ];
    let chunk: TransactItem[] = [];
    let unitsInChunk = 0;
    let stored = 0;
    const flush = async () => {
      if (chunk.length === 0) return;
      try {
        await this.documents.send(new TransactWriteCommand({ TransactItems: chunk }));
      } catch (error) {
        if (failedConditions(error)) {
          throw new DomainError(
            'conflict/version-mismatch',
            'The assignments changed while they were being stored: run the assignment again',
          );
        }
        throw error;
      }
      chunk = [];
      stored += unitsInChunk;
      unitsInChunk = 0;
      await onProgress?.(stored);
    };
    for (const unit of units) {
      if (chunk.length + unit.length > TRANSACTION_LIMIT) await flush();
      chunk = [...chunk, ...unit];
      unitsInChunk += 1;
    }
    await flush();
  }

  async flagDivergence(flag: DivergenceFlagRecord, extra?: AssignmentRecord): Promise<boolean> {
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.divergenceFlag(flag.competitionId, flag.applicationId),
                  entity: 'divergence-flag',
                  ...flag,
                  version: 1,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...(extra
              ? [
                  {
                    Put: {
                      TableName: this.tableName,
                      Item: assignmentItem(extra),
                      ConditionExpression: 'attribute_not_exists(pk)',
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (failedConditions(error)) return false;
      throw error;
    }
  }

  async getDivergenceFlag(competitionId: string, applicationId: string) {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.divergenceFlag(competitionId, applicationId),
        ConsistentRead: true,
      }),
    );
    return Item ? DivergenceFlagItem.parse(Item) : undefined;
  }

  async listDivergenceFlags(competitionId: string): Promise<DivergenceFlagRecord[]> {
    return (await this.queryCompetition(competitionId, 'DIVERGE#')).map((item) =>
      DivergenceFlagItem.parse(item),
    );
  }

  /** Deleting an assignment, refused in the same transaction if the review was started. */
  private removal(competitionId: string, pair: AssignmentPair): TransactItem[] {
    return [
      {
        ConditionCheck: {
          TableName: this.tableName,
          Key: keys.review(pair.applicationId, pair.jurorId),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Delete: {
          TableName: this.tableName,
          Key: keys.assignment(competitionId, pair.applicationId, pair.jurorId),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
    ];
  }

  private queryCompetition(competitionId: string, prefix: string) {
    return queryPrefix(this.documents, this.tableName, keys.competition(competitionId).pk, prefix);
  }
}
