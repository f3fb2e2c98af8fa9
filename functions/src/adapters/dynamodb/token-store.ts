import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { OneTimeToken, OneTimeTokenStore } from '#ports/one-time-tokens';
import { keys } from './keys.ts';

const TokenItem = z.object({
  purpose: z.enum([
    'verify-email',
    'reset-password',
    'organisation-invitation',
    'juror-invitation',
  ]),
  userId: z.string().optional(),
  email: z.string(),
  organisationId: z.string().optional(),
  competitionId: z.string().optional(),
  role: z.string().optional(),
  invitedBy: z.string().optional(),
  createdAt: z.string(),
  expiresAt: z.number(),
});

export class DynamoOneTimeTokenStore implements OneTimeTokenStore {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(tokenHash: string, token: OneTimeToken): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.oneTimeToken(tokenHash), entity: 'one-time-token', ...token },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async consume(tokenHash: string): Promise<OneTimeToken | undefined> {
    try {
      const { Attributes } = await this.documents.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: keys.oneTimeToken(tokenHash),
          ConditionExpression: 'attribute_exists(pk)',
          ReturnValues: 'ALL_OLD',
        }),
      );
      return TokenItem.parse(Attributes);
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  async peek(tokenHash: string): Promise<OneTimeToken | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: keys.oneTimeToken(tokenHash) }),
    );
    return Item ? TokenItem.parse(Item) : undefined;
  }
}
