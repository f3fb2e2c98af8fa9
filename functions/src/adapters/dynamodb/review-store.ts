import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { Confidence, CriterionScores, Recommendation } from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type { ReviewRecord, ReviewRepository } from '#ports/reviews';
import { keys } from './keys.ts';
import { failedConditions, queryAll, queryPrefix } from './query-all.ts';
import { indexNames } from './table-definitions.ts';
import { ifVersion } from './versioned-put.ts';

const ReviewItem = z.object({
  competitionId: z.string(),
  applicationId: z.string(),
  jurorId: z.string(),
  status: z.enum(['draft', 'submitted']),
  scores: CriterionScores,
  overallComment: z.string(),
  recommendation: Recommendation.optional(),
  confidence: Confidence.optional(),
  weightedTotal: z.number().optional(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().optional(),
  firstSubmittedAt: z.string().optional(),
});

const toReview = (item: unknown): ReviewRecord => ReviewItem.parse(item);

/** The current review, with the index entry that lists it among the competition's. */
export function reviewItem(record: ReviewRecord): Record<string, unknown> {
  return {
    ...keys.review(record.applicationId, record.jurorId),
    ...keys.reviewsOfCompetition(record.competitionId, record.jurorId, record.applicationId),
    entity: 'review',
    ...record,
  };
}

/** A kept version: no index entry, so lists of current reviews never see it. */
export function reviewVersionItem(record: ReviewRecord): Record<string, unknown> {
  return {
    ...keys.reviewVersion(record.applicationId, record.jurorId, record.version),
    entity: 'review-version',
    ...record,
  };
}

export class DynamoReviewStore implements ReviewRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(applicationId: string, jurorId: string): Promise<ReviewRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.review(applicationId, jurorId),
        ConsistentRead: true,
      }),
    );
    return Item ? toReview(Item) : undefined;
  }

  async listOfApplication(applicationId: string): Promise<ReviewRecord[]> {
    const items = await queryPrefix(
      this.documents,
      this.tableName,
      keys.application(applicationId).pk,
      'REVIEW#',
      { consistent: true },
    );
    return items.map(toReview);
  }

  async listOfCompetition(competitionId: string): Promise<ReviewRecord[]> {
    const items = await queryAll(this.documents, {
      TableName: this.tableName,
      IndexName: indexNames.byParent,
      KeyConditionExpression: 'gsi1pk = :reviews',
      ExpressionAttributeValues: {
        ':reviews': keys.reviewsOfCompetition(competitionId, '', '').gsi1pk,
      },
    });
    return items.map(toReview);
  }

  async listOfJuror(competitionId: string, jurorId: string): Promise<ReviewRecord[]> {
    const index = keys.reviewsOfCompetition(competitionId, jurorId, '');
    const items = await queryAll(this.documents, {
      TableName: this.tableName,
      IndexName: indexNames.byParent,
      KeyConditionExpression: 'gsi1pk = :reviews AND begins_with(gsi1sk, :juror)',
      ExpressionAttributeValues: { ':reviews': index.gsi1pk, ':juror': index.gsi1sk },
    });
    return items.map(toReview);
  }

  async listVersions(applicationId: string, jurorId: string): Promise<ReviewRecord[]> {
    const items = await queryPrefix(
      this.documents,
      this.tableName,
      keys.application(applicationId).pk,
      `REVIEWV#${jurorId}#`,
      { consistent: true },
    );
    return items.map(toReview);
  }

  async save(record: ReviewRecord, expectedVersion: number): Promise<void> {
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              // A juror whose assignment was removed (or swapped) cannot write a review.
              ConditionCheck: {
                TableName: this.tableName,
                Key: keys.assignment(record.competitionId, record.applicationId, record.jurorId),
                ConditionExpression: 'attribute_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: reviewItem(record),
                ...(expectedVersion === 0
                  ? { ConditionExpression: 'attribute_not_exists(pk)' }
                  : ifVersion(expectedVersion)),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: reviewVersionItem(record),
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (!failed) throw error;
      if (failed.includes(0)) {
        throw new DomainError('resource/not-found', 'Nothing was found here');
      }
      throw new DomainError(
        'conflict/version-mismatch',
        'This review was saved elsewhere (another tab or device): reload to see the latest version',
        { expectedVersion },
      );
    }
  }
}
