import { beforeAll, describe, expect, it } from 'vitest';
import { Account, Me, OutboxPage, Problem, SessionList, TotpSetup } from '@laureate/schemas';
import { currentTotp, PERSONA_PASSWORD } from '../helpers/personas.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';
import { uniqueId } from '../helpers/factories.ts';

const json = { 'content-type': 'application/json' };
const newPassword = 'a long new passphrase';

function post(api: TestApi, path: string, body: unknown, cookie?: string) {
  return api.app.request(path, {
    method: 'POST',
    headers: { ...json, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function latestEmail(api: TestApi, to: string) {
  const page = OutboxPage.parse(
    await (await api.app.request(`/api/dev/outbox?to=${encodeURIComponent(to)}`)).json(),
  );
  const message = page.items[0];
  if (!message) throw new Error(`no email to ${to}`);
  return message;
}

function tokenOf(link: string | undefined): string {
  const token = new URL(link ?? 'http://x/').hash.replace('#token=', '');
  expect(token).toMatch(/^[\w-]{43}$/);
  return token;
}

async function register(api: TestApi, email: string, locale: 'en' | 'ru' | 'kk' = 'ru') {
  const response = await post(api, '/api/auth/register', {
    email,
    password: PERSONA_PASSWORD,
    displayName: 'Айгерим',
    locale,
  });
  expect(response.status).toBe(202);
}

function cookieOf(response: Response): string {
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

describe('registration and email verification, through the outbox', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ now: '2027-02-01T09:00:00Z' });
  });

  it('sends a link in the user’s language, refuses sign-in until it is used, then signs in', async () => {
    const email = `${uniqueId('ngo')}@example.org`;
    await register(api, email, 'kk');
    const message = await latestEmail(api, email);
    expect(message.locale).toBe('kk');
    expect(message.subject).toBe('Электрондық пошта мекенжайын растаңыз');
    expect(message.link).toMatch(/^http:\/\/localhost:3000\/verify-email#token=/);

    const early = await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD });
    expect(early.status).toBe(403);
    expect(Problem.parse(await early.json()).code).toBe('auth/email-unverified');

    const verified = await post(api, '/api/auth/verify-email', { token: tokenOf(message.link) });
    expect(verified.status).toBe(200);
    const signedIn = await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD });
    expect(signedIn.status).toBe(200);
  });

  it('refuses a verification link used twice', async () => {
    const email = `${uniqueId('ngo')}@example.org`;
    await register(api, email);
    const token = tokenOf((await latestEmail(api, email)).link);
    expect((await post(api, '/api/auth/verify-email', { token })).status).toBe(200);
    const again = await post(api, '/api/auth/verify-email', { token });
    expect(again.status).toBe(400);
    expect(Problem.parse(await again.json()).code).toBe('token/invalid');
  });

  it('refuses a verification link after 30 minutes', async () => {
    const email = `${uniqueId('ngo')}@example.org`;
    await register(api, email);
    const token = tokenOf((await latestEmail(api, email)).link);
    api.clock.set('2027-02-01T09:31:00Z');
    try {
      const late = await post(api, '/api/auth/verify-email', { token });
      expect(late.status).toBe(400);
      expect(Problem.parse(await late.json()).code).toBe('token/expired');
    } finally {
      api.clock.set('2027-02-01T09:00:00Z');
    }
  });

  it('answers a second registration of the same email exactly like the first, and tells the owner by email', async () => {
    const email = `${uniqueId('ngo')}@example.org`;
    const first = await post(api, '/api/auth/register', {
      email,
      password: PERSONA_PASSWORD,
      displayName: 'A',
      locale: 'en',
    });
    const second = await post(api, '/api/auth/register', {
      email,
      password: 'another passphrase',
      displayName: 'B',
      locale: 'en',
    });
    expect(second.status).toBe(first.status);
    expect(await second.json()).toEqual(await first.json());
    expect((await latestEmail(api, email)).subject).toBe(
      'Someone tried to sign up with your email',
    );
  });

  it('refuses a password that is too common, naming the field', async () => {
    const response = await post(api, '/api/auth/register', {
      email: `${uniqueId('ngo')}@example.org`,
      password: 'qwertyuiop',
      displayName: 'A',
      locale: 'en',
    });
    expect(response.status).toBe(400);
    const problem = Problem.parse(await response.json());
    expect(problem.errors).toEqual([
      { field: 'body.password', message: 'too-common', code: 'too-common' },
    ]);
  });
});

describe('password reset, through the outbox', () => {
  let api: TestApi;
  let email: string;
  beforeAll(async () => {
    api = await createTestApi({ now: '2027-02-01T09:00:00Z' });
    email = `${uniqueId('ngo')}@example.org`;
    await register(api, email, 'en');
    await post(api, '/api/auth/verify-email', {
      token: tokenOf((await latestEmail(api, email)).link),
    });
  });

  it('answers the same for unknown and known emails', async () => {
    const known = await post(api, '/api/auth/password-reset', { email });
    const unknown = await post(api, '/api/auth/password-reset', {
      email: 'nobody-here@example.org',
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
  });

  it('sets a new password, ends every old session, and works only once', async () => {
    const oldCookie = cookieOf(
      await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD }),
    );
    expect((await api.app.request('/api/auth/me', { headers: { cookie: oldCookie } })).status).toBe(
      200,
    );

    await post(api, '/api/auth/password-reset', { email });
    const token = tokenOf((await latestEmail(api, email)).link);
    const reset = await post(api, '/api/auth/password-reset/confirm', {
      token,
      password: newPassword,
    });
    expect(reset.status).toBe(200);

    expect((await api.app.request('/api/auth/me', { headers: { cookie: oldCookie } })).status).toBe(
      401,
    );
    expect(
      (await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD })).status,
    ).toBe(401);
    expect((await post(api, '/api/auth/sign-in', { email, password: newPassword })).status).toBe(
      200,
    );
    expect((await latestEmail(api, email)).subject).toBe('Your password was changed');

    const reused = await post(api, '/api/auth/password-reset/confirm', {
      token,
      password: 'yet another passphrase',
    });
    expect(Problem.parse(await reused.json()).code).toBe('token/invalid');
  });

  it('refuses an expired reset link', async () => {
    await post(api, '/api/auth/password-reset', { email });
    const token = tokenOf((await latestEmail(api, email)).link);
    api.clock.set('2027-02-01T09:45:00Z');
    try {
      const late = await post(api, '/api/auth/password-reset/confirm', {
        token,
        password: 'late passphrase here',
      });
      expect(Problem.parse(await late.json()).code).toBe('token/expired');
    } finally {
      api.clock.set('2027-02-01T09:00:00Z');
    }
  });

  it('does not accept a verification token as a reset token', async () => {
    const other = `${uniqueId('ngo')}@example.org`;
    await register(api, other, 'en');
    const verifyToken = tokenOf((await latestEmail(api, other)).link);
    const misuse = await post(api, '/api/auth/password-reset/confirm', {
      token: verifyToken,
      password: newPassword,
    });
    expect(Problem.parse(await misuse.json()).code).toBe('token/invalid');
    // …and the verification link still works afterwards.
    expect((await post(api, '/api/auth/verify-email', { token: verifyToken })).status).toBe(200);
  });
});

describe('sessions, throttling and two-factor sign-in', () => {
  let api: TestApi;
  let email: string;
  beforeAll(async () => {
    api = await createTestApi({ now: '2027-02-01T09:00:00Z' });
    email = `${uniqueId('ngo')}@example.org`;
    await register(api, email, 'en');
    await post(api, '/api/auth/verify-email', {
      token: tokenOf((await latestEmail(api, email)).link),
    });
  });

  it('lists sessions and signs out everywhere: every old cookie stops working', async () => {
    const first = cookieOf(
      await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD }),
    );
    const second = cookieOf(
      await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD }),
    );
    const sessions = SessionList.parse(
      await (
        await api.app.request('/api/account/sessions', { headers: { cookie: second } })
      ).json(),
    );
    expect(sessions.items.length).toBeGreaterThanOrEqual(2);
    expect(sessions.items.filter((session) => session.current)).toHaveLength(1);

    const everywhere = await post(api, '/api/account/sessions/sign-out-everywhere', {}, second);
    expect(everywhere.status).toBe(204);
    for (const cookie of [first, second]) {
      expect((await api.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
    }
  });

  it('turns on TOTP, then demands a fresh code at sign-in and refuses a replayed one', async () => {
    const cookie = cookieOf(
      await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD }),
    );
    const setup = TotpSetup.parse(
      await (await post(api, '/api/account/totp/setup', {}, cookie)).json(),
    );
    expect(setup.uri).toMatch(/^otpauth:\/\/totp\/Laureate%3A/);
    const wrong = await post(api, '/api/account/totp/confirm', { code: '000000' }, cookie);
    expect(wrong.status).toBe(400);
    const confirmed = await post(
      api,
      '/api/account/totp/confirm',
      { code: currentTotp(setup.secret, api.clock.now()) },
      cookie,
    );
    expect(Account.parse(await confirmed.json()).totpEnabled).toBe(true);

    const withoutCode = await post(api, '/api/auth/sign-in', { email, password: PERSONA_PASSWORD });
    expect(withoutCode.status).toBe(401);
    expect(Problem.parse(await withoutCode.json()).code).toBe('auth/second-factor-missing');

    api.clock.set('2027-02-01T09:01:00Z');
    const code = currentTotp(setup.secret, api.clock.now());
    const withCode = await post(api, '/api/auth/sign-in', {
      email,
      password: PERSONA_PASSWORD,
      totpCode: code,
    });
    expect(withCode.status).toBe(200);
    expect(Me.parse(await withCode.json()).secondFactor).toBe(true);
    const replay = await post(api, '/api/auth/sign-in', {
      email,
      password: PERSONA_PASSWORD,
      totpCode: code,
    });
    expect(replay.status).toBe(401);
  });

  it('throttles an account after five failures, with Retry-After, even for the right password', async () => {
    const target = `${uniqueId('ngo')}@example.org`;
    await register(api, target, 'en');
    await post(api, '/api/auth/verify-email', {
      token: tokenOf((await latestEmail(api, target)).link),
    });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await post(api, '/api/auth/sign-in', { email: target, password: 'wrong password!' }))
          .status,
      ).toBe(401);
    }
    const blocked = await post(api, '/api/auth/sign-in', {
      email: target,
      password: PERSONA_PASSWORD,
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The window passes and the account opens again.
    api.clock.set('2027-02-01T09:31:00Z');
    expect(
      (await post(api, '/api/auth/sign-in', { email: target, password: PERSONA_PASSWORD })).status,
    ).toBe(200);
  });

  it('throttles one address that tries many accounts', async () => {
    api.clock.set('2027-02-01T11:00:00Z');
    const headers = { ...json, 'x-forwarded-for': '203.0.113.7' };
    for (let attempt = 0; attempt < 30; attempt++) {
      await api.app.request('/api/auth/sign-in', {
        method: 'POST',
        headers,
        body: JSON.stringify({ email: `guess-${attempt}@example.org`, password: 'guess guess' }),
      });
    }
    const blocked = await api.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers,
      body: JSON.stringify({ email, password: PERSONA_PASSWORD }),
    });
    expect(blocked.status).toBe(429);
  });
});
