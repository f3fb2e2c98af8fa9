import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  CompetitionCalendar,
  FormDefinition,
  LocalizedText,
  PhaseOverride,
  Quota,
  ReviewSettingsChanges,
  Rubric,
  Track,
} from '@laureate/schemas';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DomainError } from '#domain/errors';
import { z } from 'zod';
import type { CompetitionRecord, CompetitionRepository, Page } from '#ports/competition-repository';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { keys, PUBLISHED_COMPETITIONS } from './keys.ts';
import { putIfVersion } from './versioned-put.ts';
import { indexNames } from './table-definitions.ts';

/** The stored shape, checked on every read so a malformed item fails loudly, not downstream. */
const CompetitionItem = z.object({
  entity: z.literal('competition'),
  id: z.string(),
  title: LocalizedText,
  summary: LocalizedText,
  countries: z.array(z.string()),
  tracks: z.array(Track),
  timeZone: z.string(),
  calendar: CompetitionCalendar,
  requireSecondFactor: z.boolean().optional(),
  reviewsPerApplication: z.number().int().optional(),
  ...ReviewSettingsChanges.shape,
  rubric: Rubric.optional(),
  quotas: z.array(Quota).optional(),
  phaseOverride: PhaseOverride.optional(),
  formVersion: z.number().int().optional(),
  publishedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

function toRecord(item: unknown): CompetitionRecord {
  const { entity: _entity, ...record } = CompetitionItem.parse(item);
  return record;
}

/** The item for a competition, with the index keys its access patterns need. */
export function competitionItem(record: CompetitionRecord): Record<string, unknown> {
  return {
    ...keys.competition(record.id),
    ...(record.publishedAt
      ? keys.publishedCompetition(record.calendar.callOpensAt, record.id)
      : {}),
    entity: 'competition',
    ...record,
  };
}

export class DynamoCompetitionStore implements CompetitionRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(record: CompetitionRecord, form?: FormDefinition): Promise<void> {
    const competition = {
      TableName: this.tableName,
      Item: competitionItem(record),
      ConditionExpression: 'attribute_not_exists(pk)',
    };
    if (!form) {
      await this.documents.send(new PutCommand(competition));
      return;
    }
    await this.documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: competition },
          {
            Put: {
              ...this.formPut(record.id, form),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  }

  private formPut(competitionId: string, form: FormDefinition) {
    return {
      TableName: this.tableName,
      Item: {
        ...keys.competitionForm(competitionId, form.version),
        entity: 'form',
        competitionId,
        form,
      },
    };
  }

  async update(record: CompetitionRecord, expectedVersion: number): Promise<void> {
    await putIfVersion(
      this.documents,
      this.tableName,
      competitionItem(record),
      expectedVersion,
      'Someone else changed this competition: reload and try again',
    );
  }

  async saveForm(
    record: CompetitionRecord,
    expectedVersion: number,
    form: FormDefinition,
  ): Promise<void> {
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: competitionItem(record),
                ConditionExpression: 'attribute_exists(pk) AND version = :expected',
                ExpressionAttributeValues: { ':expected': expectedVersion },
              },
            },
            {
              Put: {
                ...this.formPut(record.id, form),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) {
        throw new DomainError(
          'conflict/version-mismatch',
          'Someone else changed this competition: reload and try again',
          {
            expectedVersion,
          },
        );
      }
      throw error;
    }
  }

  async getForm(competitionId: string, version: number): Promise<FormDefinition | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.competitionForm(competitionId, version),
      }),
    );
    return Item ? FormDefinition.parse(Item.form) : undefined;
  }

  async get(id: string): Promise<CompetitionRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.competition(id) }),
    );
    return Item ? toRecord(Item) : undefined;
  }

  async listPublished(options: {
    limit: number;
    cursor?: string;
  }): Promise<Page<CompetitionRecord>> {
    const startKey = decodeCursor(options.cursor);
    const result = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexNames.byParent,
        KeyConditionExpression: 'gsi1pk = :published',
        ExpressionAttributeValues: { ':published': PUBLISHED_COMPETITIONS },
        ScanIndexForward: false,
        Limit: options.limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return { items: (result.Items ?? []).map(toRecord), ...(nextCursor ? { nextCursor } : {}) };
  }
}
