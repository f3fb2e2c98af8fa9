import { hashPassword } from '../../functions/src/adapters/crypto/password-hasher.ts';
import {
  decodeBase32,
  encodeBase32,
  hotp,
  totpStep,
} from '../../functions/src/adapters/crypto/totp.ts';
import { crossBorderSocialProjectTemplate } from '@laureate/schemas';
import { competitionRecord, organisationRecord, uniqueId } from './factories.ts';
import type { TestApi } from './test-api.ts';

export const PERSONA_PASSWORD = 'persona-password-1';
const adminSecret = encodeBase32(Buffer.from('laureate-test-admin-secret!'));

export type PersonaName =
  | 'anonymous'
  | 'applicantA'
  | 'applicantB'
  | 'memberA'
  | 'juror1'
  | 'juror2'
  | 'organiser1'
  | 'organiser2'
  | 'admin';

export interface Persona {
  name: PersonaName;
  userId?: string;
  email?: string;
  /** `laureate_session=…`, absent for the anonymous persona. */
  cookie?: string;
}

export interface World {
  personas: Record<PersonaName, Persona>;
  competition1: string;
  competition2: string;
  organisationA: string;
  organisationB: string;
  /** A draft of each organisation in competition 1. */
  applicationA: string;
  applicationB: string;
}

let sharedHash: Promise<string> | undefined;

/** A verified user with the given password, written straight to the store. */
export async function createVerifiedUser(
  api: TestApi,
  options: { email?: string; displayName?: string; totpSecret?: string; admin?: boolean } = {},
) {
  sharedHash ??= hashPassword(PERSONA_PASSWORD);
  const now = api.clock.now().toISOString();
  const id = uniqueId('user');
  const user = {
    id,
    email: options.email ?? `${id}@example.org`,
    displayName: options.displayName ?? `Person ${id}`,
    locale: 'en' as const,
    passwordHash: await sharedHash,
    emailVerifiedAt: now,
    ...(options.admin ? { platformRole: 'admin' as const } : {}),
    ...(options.totpSecret ? { totpSecret: options.totpSecret } : {}),
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  if (!(await api.deps.accounts.createUser(user))) throw new Error('email taken');
  return user;
}

/** The code an authenticator app would show now (RFC 6238, checked against the RFC vectors). */
export function currentTotp(secret: string, now: Date): string {
  return hotp(decodeBase32(secret), totpStep(now));
}

export async function signInCookie(
  api: TestApi,
  email: string,
  totpCode?: string,
): Promise<string> {
  const response = await api.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PERSONA_PASSWORD, ...(totpCode ? { totpCode } : {}) }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** A fresh session for a persona; the admin's TOTP needs a new step, so the clock moves on. */
export async function freshCookie(api: TestApi, persona: Persona): Promise<string | undefined> {
  if (!persona.email) return undefined;
  if (persona.name !== 'admin') return signInCookie(api, persona.email);
  api.clock.set(new Date(api.clock.now().getTime() + 30_000));
  return signInCookie(api, persona.email, currentTotp(adminSecret, api.clock.now()));
}

/**
 * Two competitions, two organisations, and one persona per role: the cast of the
 * authorisation matrix. Roles are granted through the stores, as an administrator would.
 */
export async function createWorld(api: TestApi): Promise<World> {
  const now = api.clock.now().toISOString();
  const competition1 = competitionRecord(now, { opensInDays: -5 });
  const competition2 = competitionRecord(now, { opensInDays: -5 });
  await api.deps.competitions.create(competition1);
  await api.deps.competitions.create(competition2);

  const make = async (name: PersonaName, extra: Parameters<typeof createVerifiedUser>[1] = {}) => {
    const user = await createVerifiedUser(api, { displayName: name, ...extra });
    return { name, userId: user.id, email: user.email };
  };
  const applicantA = await make('applicantA');
  const applicantB = await make('applicantB');
  const memberA = await make('memberA');
  const juror1 = await make('juror1');
  const juror2 = await make('juror2');
  const organiser1 = await make('organiser1');
  const organiser2 = await make('organiser2');
  const admin = await make('admin', { admin: true, totpSecret: adminSecret });

  const organisation = (id: string, country: 'RU' | 'KZ') =>
    organisationRecord(now, { id, country, listedInDirectory: true });
  const organisationA = uniqueId('org');
  const organisationB = uniqueId('org');
  await api.deps.organisations.create(organisation(organisationA, 'RU'), applicantA.userId);
  await api.deps.organisations.create(organisation(organisationB, 'KZ'), applicantB.userId);
  await api.deps.organisations.addMember({
    organisationId: organisationA,
    userId: memberA.userId,
    role: 'member',
    joinedAt: now,
  });

  const grant = (competitionId: string, userId: string, role: 'organiser' | 'juror') =>
    api.deps.competitionRoles.grant({ competitionId, userId, role, createdAt: now });
  await grant(competition1.id, organiser1.userId, 'organiser');
  await grant(competition2.id, organiser2.userId, 'organiser');
  await grant(competition1.id, juror1.userId, 'juror');
  await grant(competition2.id, juror2.userId, 'juror');

  // One application per organisation, in competition 1, answering its form.
  const form = { ...crossBorderSocialProjectTemplate, version: 1 };
  await api.deps.competitions.saveForm({ ...competition1, formVersion: 1, version: 2 }, 1, form);
  const application = (id: string, organisationId: string) => ({
    id,
    competitionId: competition1.id,
    trackId: competition1.tracks[0]!.id,
    organisationId,
    title: `Project of ${organisationId}`,
    status: 'draft' as const,
    answers: {},
    formVersion: 1,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
  const applicationA = uniqueId('app');
  const applicationB = uniqueId('app');
  await api.deps.applications.create(application(applicationA, organisationA));
  await api.deps.applications.create(application(applicationB, organisationB));

  const personas = { applicantA, applicantB, memberA, juror1, juror2, organiser1, organiser2 };
  const withCookies = Object.fromEntries(
    await Promise.all(
      Object.entries(personas).map(async ([key, persona]) => [
        key,
        { ...persona, cookie: await signInCookie(api, persona.email) },
      ]),
    ),
  ) as Record<Exclude<PersonaName, 'anonymous' | 'admin'>, Persona>;
  const adminCookie = await signInCookie(
    api,
    admin.email,
    currentTotp(adminSecret, api.clock.now()),
  );

  return {
    personas: {
      anonymous: { name: 'anonymous' },
      ...withCookies,
      admin: { ...admin, cookie: adminCookie },
    },
    competition1: competition1.id,
    competition2: competition2.id,
    organisationA,
    organisationB,
    applicationA,
    applicationB,
  };
}
