import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BidRecord } from '@laureate/schemas';
import type { BidRepository } from '#ports/bids';
import { keys } from './keys.ts';
import { queryPrefix } from './query-all.ts';

/** Jurors' bids in the competition's partition, sorted by juror (docs/data-model.md). */
export class DynamoBidStore implements BidRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async put(record: BidRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.bid(record.competitionId, record.jurorId, record.applicationId),
          entity: 'bid',
          ...record,
          version: 1,
        },
      }),
    );
  }

  async remove(competitionId: string, jurorId: string, applicationId: string): Promise<void> {
    await this.documents.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.bid(competitionId, jurorId, applicationId),
      }),
    );
  }

  listOfJuror(competitionId: string, jurorId: string): Promise<BidRecord[]> {
    // The trailing `#` keeps one juror's id from matching another that extends it.
    return this.queryPrefix(competitionId, `BID#${jurorId}#`);
  }

  listOfCompetition(competitionId: string): Promise<BidRecord[]> {
    return this.queryPrefix(competitionId, 'BID#');
  }

  private async queryPrefix(competitionId: string, prefix: string): Promise<BidRecord[]> {
    const items = await queryPrefix(
      this.documents,
      this.tableName,
      keys.competition(competitionId).pk,
      prefix,
    );
    return items.map((item) => BidRecord.parse(item));
  }
}
