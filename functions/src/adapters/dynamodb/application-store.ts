import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { Application, SubmissionReceipt } from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import type {
  ApplicationRecord,
  ApplicationRepository,
  SubmittedVersion,
} from '#ports/application-repository';
import type { Page } from '#ports/competition-repository';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { keys } from './keys.ts';
import { putIfVersion } from './versioned-put.ts';
import { indexNames } from './table-definitions.ts';

const ApplicationItem = Application;
const VersionItem = z.object({
  applicationId: z.string(),
  version: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
  title: z.string(),
  receipt: SubmissionReceipt,
});

/** The item for an application, with the index keys its access patterns need. */
export function applicationItem(record: ApplicationRecord) {
  return {
    ...keys.application(record.id),
    ...keys.applicationsOfCompetition(record.competitionId, record.status, record.id),
    ...keys.applicationsOfOrganisation(record.organisationId, record.id),
    entity: 'application',
    ...record,
  };
}

function versionConflict(expectedVersion: number): DomainError {
  return new DomainError(
    'conflict/version-mismatch',
    'This application changed elsewhere: reload to see the latest version',
    {
      expectedVersion,
    },
  );
}

export class DynamoApplicationStore implements ApplicationRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(record: ApplicationRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: applicationItem(record),
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async get(applicationId: string): Promise<ApplicationRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.application(applicationId),
        ConsistentRead: true,
      }),
    );
    return Item ? ApplicationItem.parse(Item) : undefined;
  }

  async update(record: ApplicationRecord, expectedVersion: number): Promise<void> {
    await putIfVersion(
      this.documents,
      this.tableName,
      applicationItem(record),
      expectedVersion,
      'This application changed elsewhere: reload to see the latest version',
    );
  }

  async submit(
    record: ApplicationRecord,
    expectedVersion: number,
    snapshot: SubmittedVersion,
  ): Promise<void> {
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: applicationItem(record),
                ConditionExpression: 'attribute_exists(pk) AND version = :expected',
                ExpressionAttributeValues: { ':expected': expectedVersion },
              },
            },
            {
              // Submitted versions are never replaced: a retry of the same submit cannot duplicate one.
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.applicationVersion(snapshot.applicationId, snapshot.version),
                  entity: 'application-version',
                  ...snapshot,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw versionConflict(expectedVersion);
      throw error;
    }
  }

  async setPartners(
    record: ApplicationRecord,
    expectedVersion: number,
    removedPartnerIds: string[],
  ): Promise<void> {
    const partnerLink = (organisationId: string) => ({
      pk: keys.application(record.id).pk,
      sk: `PARTNER#${organisationId}`,
    });
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: applicationItem(record),
                ConditionExpression: 'attribute_exists(pk) AND version = :expected',
                ExpressionAttributeValues: { ':expected': expectedVersion },
              },
            },
            ...(record.partners ?? []).map((partner) => ({
              Put: {
                TableName: this.tableName,
                Item: {
                  ...partnerLink(partner.organisationId),
                  ...keys.applicationsOfOrganisation(partner.organisationId, record.id),
                  entity: 'application-partner',
                  applicationId: record.id,
                  organisationId: partner.organisationId,
                },
              },
            })),
            ...removedPartnerIds.map((organisationId) => ({
              Delete: { TableName: this.tableName, Key: partnerLink(organisationId) },
            })),
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException) throw versionConflict(expectedVersion);
      throw error;
    }
  }

  async listOfOrganisation(organisationId: string): Promise<ApplicationRecord[]> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexNames.byOwner,
        KeyConditionExpression: 'gsi2pk = :organisation',
        ExpressionAttributeValues: {
          ':organisation': keys.applicationsOfOrganisation(organisationId, '').gsi2pk,
        },
      }),
    );
    // Partner links share the index; read the applications they point at.
    const ids = [...new Set((Items ?? []).map((item) => String(item.gsi2sk)))];
    if (ids.length === 0) return [];
    const records: ApplicationRecord[] = [];
    for (let start = 0; start < ids.length; start += 100) {
      const { Responses } = await this.documents.send(
        new BatchGetCommand({
          RequestItems: {
            [this.tableName]: {
              Keys: ids.slice(start, start + 100).map((id) => keys.application(id)),
            },
          },
        }),
      );
      records.push(
        ...(Responses?.[this.tableName] ?? []).map((item) => ApplicationItem.parse(item)),
      );
    }
    return records.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  async listSubmittedVersions(applicationId: string): Promise<SubmittedVersion[]> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :application AND begins_with(sk, :version)',
        ExpressionAttributeValues: {
          ':application': keys.application(applicationId).pk,
          ':version': 'VERSION#',
        },
      }),
    );
    return (Items ?? []).map((item) => VersionItem.parse(item));
  }

  async listOfCompetition(
    competitionId: string,
    options: { status?: string; limit: number; cursor?: string },
  ): Promise<Page<ApplicationRecord>> {
    const startKey = decodeCursor(options.cursor);
    const index = keys.applicationsOfCompetition(competitionId, options.status ?? '', '');
    const result = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexNames.byParent,
        KeyConditionExpression: options.status
          ? 'gsi1pk = :competition AND begins_with(gsi1sk, :status)'
          : 'gsi1pk = :competition',
        ExpressionAttributeValues: {
          ':competition': index.gsi1pk,
          ...(options.status ? { ':status': `${options.status}#` } : {}),
        },
        Limit: options.limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return {
      items: (result.Items ?? []).map((item) => ApplicationItem.parse(item)),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }

  async allOfCompetition(competitionId: string): Promise<ApplicationRecord[]> {
    const all: ApplicationRecord[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.listOfCompetition(competitionId, {
        limit: 500,
        ...(cursor ? { cursor } : {}),
      });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }
}
