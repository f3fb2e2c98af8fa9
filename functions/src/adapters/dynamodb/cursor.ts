import { z } from 'zod';
import { DomainError } from '#domain/errors';

const KeyShape = z.record(z.string(), z.union([z.string(), z.number()]));

/** Opaque page cursors: the LastEvaluatedKey of a Query, base64url-encoded. */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;
}

export function decodeCursor(
  cursor: string | undefined,
): Record<string, string | number> | undefined {
  if (cursor === undefined) return undefined;
  try {
    return KeyShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError('request/invalid', 'The page cursor is not valid', {
      errors: [
        {
          field: 'query.cursor',
          message: 'Not a cursor this API returned',
          code: 'invalid_cursor',
        },
      ],
    });
  }
}
