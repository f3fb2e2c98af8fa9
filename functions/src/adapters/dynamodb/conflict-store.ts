import {
  DeleteCommand,
  PutCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { ConflictRecord } from '@laureate/schemas';
import type { ConflictRepository, ConflictSource } from '#ports/conflicts';
import { keys } from './keys.ts';
import { queryAll } from './query-all.ts';
import { indexNames } from './table-definitions.ts';

/** The item for a declaration, with the index keys that list it among the juror's. */
export function conflictItem(record: ConflictRecord): Record<string, unknown> {
  return {
    ...keys.conflict(record.competitionId, record.applicationId, record.jurorId, record.source),
    ...keys.conflictsOfJuror(
      record.competitionId,
      record.jurorId,
      record.applicationId,
      record.source,
    ),
    entity: 'conflict',
    ...record,
    version: 1,
  };
}

/** Declared conflicts of interest in the competition's partition (docs/data-model.md). */
export class DynamoConflictStore implements ConflictRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async declare(record: ConflictRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({ TableName: this.tableName, Item: conflictItem(record) }),
    );
  }

  async withdraw(
    competitionId: string,
    applicationId: string,
    jurorId: string,
    source: ConflictSource,
  ): Promise<boolean> {
    const { Attributes } = await this.documents.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.conflict(competitionId, applicationId, jurorId, source),
        ReturnValues: 'ALL_OLD',
      }),
    );
    return Attributes !== undefined;
  }

  listOfCompetition(competitionId: string): Promise<ConflictRecord[]> {
    return this.query({
      KeyConditionExpression: 'pk = :competition AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':competition': keys.competition(competitionId).pk,
        ':prefix': 'COI#',
      },
    });
  }

  listOfApplication(competitionId: string, applicationId: string): Promise<ConflictRecord[]> {
    return this.query({
      KeyConditionExpression: 'pk = :competition AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: {
        ':competition': keys.competition(competitionId).pk,
        // The trailing `#` keeps `app-1` from matching `app-10`.
        ':prefix': `COI#${applicationId}#`,
      },
    });
  }

  listOfJuror(competitionId: string, jurorId: string): Promise<ConflictRecord[]> {
    return this.query({
      IndexName: indexNames.byParent,
      KeyConditionExpression: 'gsi1pk = :juror',
      ExpressionAttributeValues: {
        ':juror': keys.conflictsOfJuror(competitionId, jurorId, '', '').gsi1pk,
      },
    });
  }

  private async query(
    query: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>,
  ): Promise<ConflictRecord[]> {
    const items = await queryAll(this.documents, { TableName: this.tableName, ...query });
    return items.map((item) => ConflictRecord.parse(item));
  }
}
