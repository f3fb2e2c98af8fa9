import { beforeAll, describe, expect, it } from 'vitest';
import { accessRules } from '../../functions/src/domain/permissions.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

interface OpenApiDocument {
  openapi: string;
  paths: Record<
    string,
    Record<string, { 'x-access'?: string; responses: Record<string, unknown> }>
  >;
}

describe('GET /api/openapi.json', () => {
  let api: TestApi;
  let document: OpenApiDocument;
  beforeAll(async () => {
    api = await createTestApi();
    document = (await (await api.app.request('/api/openapi.json')).json()) as OpenApiDocument;
  });

  it('is an OpenAPI 3.1 document listing the routes', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/competitions',
        '/api/competitions/{competitionId}',
        '/api/auth/sign-in',
      ]),
    );
  });

  it('declares who may call every operation', () => {
    const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        route: `${method} ${path}`,
        access: operation['x-access'],
      })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(6);
    expect(
      operations.filter((operation) => !accessRules.includes(operation.access as never)),
    ).toEqual([]);
  });

  it('generates response schemas from the shared zod schemas', () => {
    const list = document.paths['/api/competitions']?.get?.responses['200'] as {
      content: { 'application/json': { schema: { properties?: Record<string, unknown> } } };
    };
    expect(Object.keys(list.content['application/json'].schema.properties ?? {})).toEqual(
      expect.arrayContaining(['items', 'nextCursor']),
    );
  });
});
