import {
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { JurorProfile } from '@laureate/schemas';
import { z } from 'zod';
import type { CompetitionRoleRecord, CompetitionRoleRepository } from '#ports/competition-roles';
import { keys } from './keys.ts';
import { putIfVersion } from './versioned-put.ts';

const RoleItem = z.object({
  competitionId: z.string(),
  userId: z.string(),
  role: z.enum(['organiser', 'juror']),
  jurorProfile: JurorProfile.optional(),
  maxLoad: z.number().int().optional(),
  minLoad: z.number().int().optional(),
  available: z.boolean().optional(),
  grantedBy: z.string().optional(),
  createdAt: z.string(),
  version: z.number().int().optional(),
});

/** The item for a role, with the user-index keys that put it in the holder's own role list. */
export function competitionRoleItem(record: CompetitionRoleRecord) {
  return {
    ...keys.competitionRole(record.competitionId, record.role, record.userId),
    ...keys.userIndex(record.userId, `ROLE#${record.competitionId}#${record.role}`),
    entity: 'competition-role',
    ...record,
    version: record.version ?? 1,
  };
}

export class DynamoCompetitionRoleStore implements CompetitionRoleRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async grant(record: CompetitionRoleRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({ TableName: this.tableName, Item: competitionRoleItem(record) }),
    );
  }

  async get(
    competitionId: string,
    role: 'organiser' | 'juror',
    userId: string,
  ): Promise<CompetitionRoleRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keys.competitionRole(competitionId, role, userId),
      }),
    );
    return Item ? RoleItem.parse(Item) : undefined;
  }

  async update(record: CompetitionRoleRecord, expectedVersion: number): Promise<void> {
    await putIfVersion(
      this.documents,
      this.tableName,
      competitionRoleItem(record),
      expectedVersion,
      'Someone else changed this juror in the meantime: reload and try again',
    );
  }

  async list(competitionId: string): Promise<CompetitionRoleRecord[]> {
    const roles: CompetitionRoleRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :competition AND begins_with(sk, :role)',
          ExpressionAttributeValues: {
            ':competition': keys.competition(competitionId).pk,
            ':role': 'ROLE#',
          },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      roles.push(...(page.Items ?? []).map((item) => RoleItem.parse(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return roles;
  }
}
