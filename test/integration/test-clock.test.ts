import { describe, expect, it } from 'vitest';
import { shiftableClock } from '../../functions/src/ports/clock.ts';
import { createTestApi, json } from '../helpers/test-api.ts';

const post = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('the local test clock', () => {
  it('does not exist unless the launcher was started with --test-clock', async () => {
    const { app } = await createTestApi();
    expect((await app.request('/api/dev/clock')).status).toBe(404);
    expect((await app.request('/api/dev/clock', post({ advanceSeconds: 60 }))).status).toBe(404);
  });

  it('moves the time every server-side check sees', async () => {
    const clock = shiftableClock();
    const { app } = await createTestApi({ overrides: () => ({ clock, testClock: clock }) });
    const before = Date.now();
    const response = await app.request('/api/dev/clock', post({ advanceSeconds: 86_400 }));
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.offsetSeconds).toBe(86_400);
    const movedBy = Date.parse(String(body.now)) - before;
    expect(movedBy).toBeGreaterThanOrEqual(86_400_000);
    expect(movedBy).toBeLessThan(86_400_000 + 60_000);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(86_399_000);
  });

  it('refuses a malformed request with a field error', async () => {
    const clock = shiftableClock();
    const { app } = await createTestApi({ overrides: () => ({ clock, testClock: clock }) });
    const response = await app.request('/api/dev/clock', post({ advanceSeconds: 'soon' }));
    expect(response.status).toBe(400);
    expect(clock.offsetSeconds()).toBe(0);
  });
});
