import { beforeAll, describe, expect, it } from 'vitest';
import { Health, Problem } from '@laureate/schemas';
import {
  createDocumentClient,
  createDynamoClient,
} from '../../functions/src/adapters/dynamodb/client.ts';
import { DynamoHealthProbe } from '../../functions/src/adapters/dynamodb/health-probe.ts';
import { createTestApi, json, type TestApi } from '../helpers/test-api.ts';

describe('API basics', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi();
  });

  it('GET /api/health answers 200 when every table can be read', async () => {
    const response = await api.app.request('/api/health');
    expect(response.status).toBe(200);
    expect(Health.parse(await response.json())).toMatchObject({
      status: 'ok',
      tables: { main: 'ok', audit: 'ok' },
    });
  });

  it('GET /api/health answers 503 when a table is missing', async () => {
    const broken = await createTestApi({
      overrides: (deps) => ({
        health: new DynamoHealthProbe(
          createDocumentClient(
            createDynamoClient({ endpoint: 'http://127.0.0.1:9', region: 'local' }),
          ),
          { main: 'no-such-table', audit: 'no-such-table' },
        ),
        logger: deps.logger,
      }),
    });
    const response = await broken.app.request('/api/health');
    expect(response.status).toBe(503);
    expect(Health.parse(await response.json()).status).toBe('degraded');
  });

  it('answers unknown routes with a 404 problem document', async () => {
    const response = await api.app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(Problem.parse(await response.json())).toMatchObject({
      status: 404,
      code: 'route/not-found',
    });
  });

  it('answers malformed JSON with a 400 problem naming the body', async () => {
    const response = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email": "a@b.org", "password": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe('request/malformed-json');
    expect(problem.errors?.[0]?.field).toBe('body');
  });

  it('answers a body that breaks the schema with one field error per offending field', async () => {
    const response = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'not-an-email', password: '', role: 'admin' }),
    });
    expect(response.status).toBe(400);
    const problem = Problem.parse(await response.json());
    expect(problem.code).toBe('request/invalid');
    const fields = problem.errors?.map((error) => error.field).sort();
    // `role` is not in the schema: unknown keys are refused, so mass assignment cannot happen.
    expect(fields).toEqual(['body', 'body.email', 'body.password']);
    expect(problem.errors?.find((error) => error.field === 'body')?.code).toBe('unrecognized_keys');
  });

  it('answers a non-JSON body with 415', async () => {
    const response = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'email=a@b.org',
    });
    expect(response.status).toBe(415);
    expect(Problem.parse(await response.json()).code).toBe('request/unsupported-media-type');
  });

  it('refuses a state-changing request from another site', async () => {
    const response = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
      body: JSON.stringify({ email: 'a@b.org', password: 'x' }),
    });
    expect(response.status).toBe(403);
    expect(Problem.parse(await response.json()).code).toBe('auth/cross-origin');
  });

  it('gives every response a request id, and keeps one the caller sent', async () => {
    const generated = await api.app.request('/api/health');
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await api.app.request('/api/nothing', {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(kept.headers.get('x-request-id')).toBe('trace-123');
    expect((await json(kept)).requestId).toBe('trace-123');
  });

  it('hides an unexpected exception behind a generic 500 and logs it with its stack', async () => {
    const failing = await createTestApi({
      overrides: (deps) => ({
        competitions: {
          ...deps.competitions,
          listPublished: () => Promise.reject(new Error('secret internal detail')),
          get: deps.competitions.get.bind(deps.competitions),
          create: deps.competitions.create.bind(deps.competitions),
        },
      }),
    });
    const response = await failing.app.request('/api/competitions', {
      headers: { 'x-request-id': 'boom-1' },
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain('secret internal detail');
    expect(text).not.toMatch(/at .*\.ts/);
    expect(Problem.parse(JSON.parse(text))).toMatchObject({
      status: 500,
      code: 'internal',
      requestId: 'boom-1',
    });
    const logged = failing.logs.find((line) => line.message === 'unexpected error');
    expect(logged).toMatchObject({
      level: 'error',
      requestId: 'boom-1',
      path: '/api/competitions',
    });
    expect(JSON.stringify(logged)).toContain('secret internal detail');
  });

  it('writes one structured JSON log line per request, without bodies', async () => {
    await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'log-1' },
      body: JSON.stringify({ email: 'someone@example.org', password: 'hunter2-secret' }),
    });
    const line = api.logs.find(
      (entry) => entry.message === 'request' && entry.requestId === 'log-1',
    );
    expect(line).toMatchObject({
      level: 'info',
      method: 'POST',
      path: '/api/auth/sign-in',
      status: 401,
    });
    expect(typeof line?.durationMs).toBe('number');
    expect(JSON.stringify(api.logs)).not.toContain('hunter2-secret');
  });

  it('sets security headers on API responses', async () => {
    const response = await api.app.request('/api/health');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });
});
