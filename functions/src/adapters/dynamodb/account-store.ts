import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { Locale, type RoleGrant } from '@laureate/schemas';
import { z } from 'zod';
import type { AccountRepository, SessionRecord, UserRecord } from '#ports/account-repository';
import { keys } from './keys.ts';
import { indexNames } from './table-definitions.ts';

const UserItem = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  passwordHash: z.string(),
  emailVerifiedAt: z.string().optional(),
  platformRole: z.literal('admin').optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const SessionItem = z.object({
  tokenHash: z.string(),
  userId: z.string(),
  createdAt: z.string(),
  expiresAt: z.number(),
  userAgent: z.string().optional(),
});

const GrantItem = z.discriminatedUnion('entity', [
  z.object({ entity: z.literal('membership'), organisationId: z.string(), memberRole: z.enum(['owner', 'member']) }),
  z.object({ entity: z.literal('competition-role'), competitionId: z.string(), role: z.enum(['organiser', 'juror']) }),
]);

export class DynamoAccountStore implements AccountRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.userEmail(email) }),
    );
    const userId = z.object({ userId: z.string() }).safeParse(Item);
    return userId.success ? this.getUser(userId.data.userId) : undefined;
  }

  async getUser(userId: string): Promise<UserRecord | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: keys.user(userId) }));
    return Item ? UserItem.parse(Item) : undefined;
  }

  async listRoleGrants(user: UserRecord): Promise<RoleGrant[]> {
    const grants: RoleGrant[] = user.platformRole === 'admin' ? [{ role: 'admin' }] : [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: indexNames.byOwner,
          // Memberships (MEMBER#) and competition roles (ROLE#); sessions (SESSION#) sort after.
          KeyConditionExpression: 'gsi2pk = :user AND gsi2sk BETWEEN :from AND :to',
          ExpressionAttributeValues: { ':user': keys.userIndex(user.id, '').gsi2pk, ':from': 'MEMBER#', ':to': 'ROLE#\uffff' },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const grant = GrantItem.parse(item);
        grants.push(
          grant.entity === 'membership'
            ? { role: 'member', organisationId: grant.organisationId, owner: grant.memberRole === 'owner' }
            : { role: grant.role, competitionId: grant.competitionId },
        );
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return grants;
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...keys.session(session.tokenHash),
          ...keys.userIndex(session.userId, `SESSION#${session.createdAt}#${session.tokenHash}`),
          entity: 'session',
          ...session,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async getSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.session(tokenHash) }),
    );
    return Item ? SessionItem.parse(Item) : undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: keys.session(tokenHash) }));
  }
}
