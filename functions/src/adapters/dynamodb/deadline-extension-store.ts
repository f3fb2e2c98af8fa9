import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type {
  DeadlineExtensionRecord,
  DeadlineExtensionRepository,
} from '#ports/deadline-extensions';
import { keys } from './keys.ts';
import { queryPrefix } from './query-all.ts';

const ExtensionItem = z.object({
  competitionId: z.string(),
  jurorId: z.string(),
  until: z.string(),
  reason: z.string(),
  grantedBy: z.string(),
  grantedAt: z.string(),
});

/** Review-deadline extensions in the competition's partition, one item per grant. */
export class DynamoDeadlineExtensionStore implements DeadlineExtensionRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async grant(record: DeadlineExtensionRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.deadlineExtension(record.competitionId, record.jurorId, record.grantedAt),
          entity: 'deadline-extension',
          ...record,
          version: 1,
        },
        // History is never rewritten: two grants in the same millisecond are refused, not merged.
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  listOfJuror(competitionId: string, jurorId: string) {
    return this.query(competitionId, `EXTEND#${jurorId}#`);
  }

  listOfCompetition(competitionId: string) {
    return this.query(competitionId, 'EXTEND#');
  }

  private async query(competitionId: string, prefix: string) {
    const items = await queryPrefix(
      this.documents,
      this.tableName,
      keys.competition(competitionId).pk,
      prefix,
    );
    return items.map((item) => ExtensionItem.parse(item));
  }
}
