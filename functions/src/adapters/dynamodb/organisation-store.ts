import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { Organisation, type OrganisationProfileInput } from '@laureate/schemas';
import { z } from 'zod';
import { DomainError } from '#domain/errors';
import { pickLocalized } from '#domain/localized-text';
import type { Page } from '#ports/competition-repository';
import type {
  LogoRecord,
  MembershipRecord,
  OrganisationRecord,
  OrganisationRepository,
} from '#ports/organisation-repository';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { keys } from './keys.ts';
import { indexNames } from './table-definitions.ts';

const LogoItem = z.object({
  contentType: z.enum(['image/png', 'image/jpeg', 'image/webp']),
  bytes: z.instanceof(Uint8Array),
  updatedAt: z.string(),
});

const MembershipItem = z.object({
  organisationId: z.string(),
  userId: z.string(),
  memberRole: z.enum(['owner', 'member']),
  createdAt: z.string(),
});

function sortName(organisation: Pick<OrganisationRecord, 'name' | 'id'>): string {
  return (pickLocalized(organisation.name, 'ru') || organisation.id).toLocaleLowerCase('ru');
}

/** The directory index keys, present only while the organisation chooses to be listed. */
function directoryKeys(organisation: OrganisationRecord) {
  return organisation.listedInDirectory
    ? keys.directoryEntry(organisation.country, sortName(organisation), organisation.id)
    : undefined;
}

function membershipItem(membership: MembershipRecord) {
  return {
    ...keys.membership(membership.organisationId, membership.userId),
    ...keys.userIndex(membership.userId, `MEMBER#${membership.organisationId}`),
    entity: 'membership',
    organisationId: membership.organisationId,
    userId: membership.userId,
    memberRole: membership.role,
    createdAt: membership.joinedAt,
    version: 1,
  };
}

export class DynamoOrganisationStore implements OrganisationRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(organisation: OrganisationRecord, ownerUserId: string): Promise<void> {
    await this.documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...keys.organisation(organisation.id),
                ...directoryKeys(organisation),
                entity: 'organisation',
                ...organisation,
              },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: membershipItem({
                organisationId: organisation.id,
                userId: ownerUserId,
                role: 'owner',
                joinedAt: organisation.createdAt,
              }),
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
        ],
      }),
    );
  }

  async get(organisationId: string): Promise<OrganisationRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.organisation(organisationId) }),
    );
    return Item ? Organisation.parse(Item) : undefined;
  }

  async update(
    organisationId: string,
    expectedVersion: number,
    changes: Partial<OrganisationProfileInput>,
    now: string,
  ): Promise<OrganisationRecord> {
    const current = await this.get(organisationId);
    if (!current) throw new DomainError('resource/not-found', 'No such organisation');
    const next: OrganisationRecord = {
      ...current,
      ...changes,
      updatedAt: now,
      version: expectedVersion + 1,
    };
    const directory = directoryKeys(next);
    try {
      // A whole-item put guarded by the version: the directory keys follow the profile exactly.
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...keys.organisation(organisationId),
            ...directory,
            entity: 'organisation',
            ...next,
          },
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw new DomainError(
          'conflict/version-mismatch',
          'Someone else changed this profile: reload to see their changes',
          {
            expectedVersion,
          },
        );
      }
      throw error;
    }
    return next;
  }

  async listMembers(organisationId: string): Promise<MembershipRecord[]> {
    const { Items } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :org AND begins_with(sk, :member)',
        ExpressionAttributeValues: {
          ':org': keys.organisation(organisationId).pk,
          ':member': 'MEMBER#',
        },
      }),
    );
    return (Items ?? []).map((item) => {
      const membership = MembershipItem.parse(item);
      return {
        organisationId: membership.organisationId,
        userId: membership.userId,
        role: membership.memberRole,
        joinedAt: membership.createdAt,
      };
    });
  }

  async addMember(membership: MembershipRecord): Promise<boolean> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: membershipItem(membership),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async removeMember(organisationId: string, userId: string): Promise<void> {
    await this.documents.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: keys.membership(organisationId, userId),
      }),
    );
  }

  async listDirectory(country: string, cursor?: string): Promise<Page<OrganisationRecord>> {
    const startKey = decodeCursor(cursor);
    const result = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexNames.byParent,
        KeyConditionExpression: 'gsi1pk = :directory',
        ExpressionAttributeValues: { ':directory': keys.directoryEntry(country, '', '').gsi1pk },
        Limit: 50,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    const nextCursor = encodeCursor(result.LastEvaluatedKey);
    return {
      items: (result.Items ?? []).map((item) => Organisation.parse(item)),
      ...(nextCursor ? { nextCursor } : {}),
    };
  }

  async putLogo(organisationId: string, logo: LogoRecord): Promise<void> {
    await this.documents.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...keys.organisationLogo(organisationId),
                entity: 'organisation-logo',
                ...logo,
              },
            },
          },
          {
            // Not a profile edit: no version bump, so a logo never conflicts with someone's form.
            Update: {
              TableName: this.tableName,
              Key: keys.organisation(organisationId),
              UpdateExpression: 'SET logoUpdatedAt = :at',
              ConditionExpression: 'attribute_exists(pk)',
              ExpressionAttributeValues: { ':at': logo.updatedAt },
            },
          },
        ],
      }),
    );
  }

  async getLogo(organisationId: string): Promise<LogoRecord | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.organisationLogo(organisationId) }),
    );
    return Item ? LogoItem.parse(Item) : undefined;
  }

  async deleteLogo(organisationId: string): Promise<void> {
    await this.documents.send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: this.tableName, Key: keys.organisationLogo(organisationId) } },
          {
            Update: {
              TableName: this.tableName,
              Key: keys.organisation(organisationId),
              UpdateExpression: 'REMOVE logoUpdatedAt',
              ConditionExpression: 'attribute_exists(pk)',
            },
          },
        ],
      }),
    );
  }
}

// Shared with the demo seed, so that seeded items have exactly the shapes the store reads.
export { directoryKeys, membershipItem };
