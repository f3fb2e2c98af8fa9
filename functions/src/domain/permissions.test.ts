import { describe, expect, it } from 'vitest';
import { can, type Actor } from './permissions.ts';

const nobody: Actor = {
  userId: 'u-0',
  isAdmin: false,
  secondFactor: false,
  memberships: [],
  competitionRoles: [],
};
const owner: Actor = {
  ...nobody,
  userId: 'u-1',
  memberships: [{ organisationId: 'org-a', owner: true }],
};
const member: Actor = {
  ...nobody,
  userId: 'u-2',
  memberships: [{ organisationId: 'org-a', owner: false }],
};
const organiser: Actor = {
  ...nobody,
  userId: 'u-3',
  competitionRoles: [{ competitionId: 'c-1', role: 'organiser' }],
};
const juror: Actor = {
  ...nobody,
  userId: 'u-4',
  competitionRoles: [{ competitionId: 'c-1', role: 'juror' }],
};
const admin: Actor = { ...nobody, userId: 'u-5', isAdmin: true, secondFactor: true };

describe('can', () => {
  it('lets anyone through public rules and nobody anonymous through the others', () => {
    expect(can(undefined, 'public')).toEqual({ allowed: true });
    expect(can(undefined, 'signed-in')).toEqual({ allowed: false, reason: 'unauthenticated' });
    expect(can(undefined, 'organisation-member', { organisationId: 'org-a' })).toEqual({
      allowed: false,
      reason: 'unauthenticated',
    });
  });

  it('hides an organisation from outsiders, and forbids members what only owners may do', () => {
    expect(can(nobody, 'organisation-member', { organisationId: 'org-a' }).allowed).toBe(false);
    expect(can(nobody, 'organisation-member', { organisationId: 'org-a' })).toMatchObject({
      reason: 'hidden',
    });
    expect(can(member, 'organisation-member', { organisationId: 'org-a' }).allowed).toBe(true);
    expect(can(member, 'organisation-owner', { organisationId: 'org-a' })).toMatchObject({
      reason: 'forbidden',
    });
    expect(can(owner, 'organisation-owner', { organisationId: 'org-a' }).allowed).toBe(true);
    expect(can(owner, 'organisation-owner', { organisationId: 'org-b' })).toMatchObject({
      reason: 'hidden',
    });
  });

  it('scopes competition roles to their competition', () => {
    expect(can(organiser, 'competition-organiser', { competitionId: 'c-1' }).allowed).toBe(true);
    expect(can(organiser, 'competition-organiser', { competitionId: 'c-2' })).toMatchObject({
      reason: 'forbidden',
    });
    expect(can(juror, 'competition-organiser', { competitionId: 'c-1' })).toMatchObject({
      reason: 'forbidden',
    });
    expect(can(juror, 'competition-juror', { competitionId: 'c-1' }).allowed).toBe(true);
    expect(can(juror, 'competition-juror', { competitionId: 'c-2' }).allowed).toBe(false);
    expect(can(organiser, 'competition-juror', { competitionId: 'c-1' }).allowed).toBe(false);
  });

  it('demands a second factor where the competition asks for it', () => {
    const target = { competitionId: 'c-1', competitionRequiresSecondFactor: true };
    expect(can(juror, 'competition-juror', target)).toMatchObject({
      reason: 'second-factor-required',
    });
    expect(can({ ...juror, secondFactor: true }, 'competition-juror', target).allowed).toBe(true);
  });

  it('always demands a second factor of administrators, who may then act as organisers', () => {
    expect(can({ ...admin, secondFactor: false }, 'admin')).toMatchObject({
      reason: 'second-factor-required',
    });
    expect(can(admin, 'admin').allowed).toBe(true);
    expect(can(admin, 'competition-organiser', { competitionId: 'c-9' }).allowed).toBe(true);
    expect(
      can({ ...admin, secondFactor: false }, 'competition-organiser', { competitionId: 'c-9' })
        .allowed,
    ).toBe(false);
    expect(can(admin, 'competition-juror', { competitionId: 'c-9' }).allowed).toBe(false);
    expect(can(organiser, 'admin')).toMatchObject({ reason: 'forbidden' });
  });
});
