import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { DomainError } from '#domain/errors';
import { Locale, type RoleGrant } from '@laureate/schemas';
import { z } from 'zod';
import type {
  AccountRepository,
  SessionRecord,
  UserChanges,
  UserRecord,
} from '#ports/account-repository';
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
  totpSecret: z.string().optional(),
  totpPendingSecret: z.string().optional(),
  totpLastStep: z.number().int().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

const SessionItem = z.object({
  tokenHash: z.string(),
  userId: z.string(),
  createdAt: z.string(),
  expiresAt: z.number(),
  secondFactor: z.boolean(),
  userAgent: z.string().optional(),
});

const GrantItem = z.discriminatedUnion('entity', [
  z.object({
    entity: z.literal('membership'),
    organisationId: z.string(),
    memberRole: z.enum(['owner', 'member']),
  }),
  z.object({
    entity: z.literal('competition-role'),
    competitionId: z.string(),
    role: z.enum(['organiser', 'juror']),
  }),
]);

export class DynamoAccountStore implements AccountRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async createUser(user: UserRecord): Promise<boolean> {
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.userEmail(user.email), entity: 'user-email', userId: user.id },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.user(user.id), entity: 'user', ...user },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCanceledException) return false;
      throw error;
    }
  }

  async updateUser(
    userId: string,
    expectedVersion: number,
    changes: UserChanges,
    now: string,
  ): Promise<UserRecord> {
    const { removeTotp, ...fields } = changes;
    const names: Record<string, string> = { '#version': 'version', '#updatedAt': 'updatedAt' };
    const values: Record<string, unknown> = {
      ':expected': expectedVersion,
      ':next': expectedVersion + 1,
      ':now': now,
    };
    const sets = ['#version = :next', '#updatedAt = :now'];
    // A field given as undefined is removed; removeTotp removes every TOTP field.
    const removes = removeTotp ? ['totpSecret', 'totpPendingSecret', 'totpLastStep'] : [];
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) {
        removes.push(field);
        continue;
      }
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    const removals = removes.length > 0 ? ` REMOVE ${[...new Set(removes)].join(', ')}` : '';
    try {
      const { Attributes } = await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keys.user(userId),
          UpdateExpression: `SET ${sets.join(', ')}${removals}`,
          ConditionExpression: 'attribute_exists(pk) AND #version = :expected',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return UserItem.parse(Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new DomainError(
          'conflict/version-mismatch',
          'The account changed in the meantime: reload and try again',
          {
            expectedVersion,
          },
        );
      }
      throw error;
    }
  }

  async listSessions(userId: string): Promise<SessionRecord[]> {
    const sessions: SessionRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: indexNames.byOwner,
          KeyConditionExpression: 'gsi2pk = :user AND begins_with(gsi2sk, :session)',
          ExpressionAttributeValues: {
            ':user': keys.userIndex(userId, '').gsi2pk,
            ':session': 'SESSION#',
          },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      sessions.push(...(page.Items ?? []).map((item) => SessionItem.parse(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return sessions;
  }

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.userEmail(email) }),
    );
    const userId = z.object({ userId: z.string() }).safeParse(Item);
    return userId.success ? this.getUser(userId.data.userId) : undefined;
  }

  async getUser(userId: string): Promise<UserRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.user(userId) }),
    );
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
          ExpressionAttributeValues: {
            ':user': keys.userIndex(user.id, '').gsi2pk,
            ':from': 'MEMBER#',
            ':to': 'ROLE#\uffff',
          },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      for (const item of page.Items ?? []) {
        const grant = GrantItem.parse(item);
        grants.push(
          grant.entity === 'membership'
            ? {
                role: 'member',
                organisationId: grant.organisationId,
                owner: grant.memberRole === 'owner',
              }
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
    await this.documents.send(
      new DeleteCommand({ TableName: this.tableName, Key: keys.session(tokenHash) }),
    );
  }

  async deleteAllSessions(userId: string): Promise<void> {
    const sessions = await this.listSessions(userId);
    await Promise.all(sessions.map((session) => this.deleteSession(session.tokenHash)));
  }
}
