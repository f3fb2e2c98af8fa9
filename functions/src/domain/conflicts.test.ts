import { describe, expect, it } from 'vitest';
import {
  applicationOrganisationIds,
  conflictCauses,
  conflictingPairs,
  isConflicted,
  type ConflictInput,
} from './conflicts.ts';

const input = (overrides: Partial<ConflictInput>): ConflictInput => ({
  applications: [],
  jurors: [],
  declared: [],
  ...overrides,
});

describe('applicationOrganisationIds', () => {
  it('names the lead and every partner once', () => {
    expect(
      applicationOrganisationIds({
        organisationId: 'lead',
        partners: [{ organisationId: 'p1' }, { organisationId: 'lead' }, { organisationId: 'p2' }],
      }),
    ).toEqual(['lead', 'p1', 'p2']);
    expect(applicationOrganisationIds({ organisationId: 'lead' })).toEqual(['lead']);
  });
});

describe('conflictingPairs', () => {
  it('finds a juror who is a member of the lead organisation', () => {
    const pairs = conflictingPairs(
      input({
        applications: [
          { id: 'a1', organisationIds: ['ngo-1'] },
          { id: 'a2', organisationIds: ['ngo-2'] },
        ],
        jurors: [
          { id: 'j1', memberOf: ['ngo-1'] },
          { id: 'j2', memberOf: [] },
        ],
      }),
    );
    expect(pairs.get('a1')).toEqual(new Set(['j1']));
    expect(pairs.has('a2')).toBe(false);
  });

  it('finds a member of a partner organisation of a joint application', () => {
    const pairs = conflictingPairs(
      input({
        applications: [{ id: 'joint', organisationIds: ['ngo-ru', 'ngo-kz'] }],
        jurors: [{ id: 'j-kz', memberOf: ['ngo-kz'] }],
      }),
    );
    expect(pairs.get('joint')).toEqual(new Set(['j-kz']));
  });

  it('finds a juror affiliated with the organisation without being a member', () => {
    const causes = conflictCauses(
      input({
        applications: [{ id: 'a1', organisationIds: ['ngo-1', 'ngo-2'] }],
        jurors: [{ id: 'j1', memberOf: [], affiliationOrganisationId: 'ngo-2' }],
      }),
    );
    expect(causes.get('a1')?.get('j1')).toEqual([
      { source: 'automatic', via: 'affiliation', organisationId: 'ngo-2' },
    ]);
  });

  it('keeps declarations by jurors and organisers, with their reasons', () => {
    const causes = conflictCauses(
      input({
        applications: [{ id: 'a1', organisationIds: ['ngo-1'] }],
        jurors: [{ id: 'j1', memberOf: [] }],
        declared: [
          { applicationId: 'a1', jurorId: 'j1', source: 'juror', reason: 'My cousin leads it' },
          {
            applicationId: 'a1',
            jurorId: 'j1',
            source: 'organiser',
            declaredBy: 'org-user',
            declaredAt: '2027-01-01T00:00:00Z',
          },
        ],
      }),
    );
    expect(causes.get('a1')?.get('j1')).toEqual([
      { source: 'juror', reason: 'My cousin leads it' },
      { source: 'organiser', declaredBy: 'org-user', declaredAt: '2027-01-01T00:00:00Z' },
    ]);
  });

  it('lists every cause when several apply, membership before affiliation before declarations', () => {
    const causes = conflictCauses(
      input({
        applications: [{ id: 'a1', organisationIds: ['ngo-1', 'ngo-2'] }],
        jurors: [{ id: 'j1', memberOf: ['ngo-1', 'ngo-1'], affiliationOrganisationId: 'ngo-2' }],
        declared: [{ applicationId: 'a1', jurorId: 'j1', source: 'juror' }],
      }),
    );
    expect(
      causes
        .get('a1')
        ?.get('j1')
        ?.map((cause) => cause.source),
    ).toEqual(['automatic', 'automatic', 'juror']);
  });

  it('keeps a declaration for an application or juror missing from the input', () => {
    const pairs = conflictingPairs(
      input({ declared: [{ applicationId: 'gone', jurorId: 'j9', source: 'organiser' }] }),
    );
    expect(pairs.get('gone')).toEqual(new Set(['j9']));
  });

  it('finds nothing without shared organisations or declarations', () => {
    const pairs = conflictingPairs(
      input({
        applications: [{ id: 'a1', organisationIds: ['ngo-1'] }],
        jurors: [{ id: 'j1', memberOf: ['ngo-2'], affiliationOrganisationId: 'ngo-3' }],
      }),
    );
    expect(pairs.size).toBe(0);
  });
});

describe('isConflicted', () => {
  const world = input({
    applications: [
      { id: 'a1', organisationIds: ['ngo-1', 'ngo-2'] },
      { id: 'a2', organisationIds: ['ngo-3'] },
    ],
    jurors: [
      { id: 'member', memberOf: ['ngo-2'] },
      { id: 'affiliated', memberOf: [], affiliationOrganisationId: 'ngo-1' },
      { id: 'declarer', memberOf: [] },
      { id: 'free', memberOf: ['ngo-9'] },
    ],
    declared: [{ applicationId: 'a2', jurorId: 'declarer', source: 'juror' }],
  });

  it('agrees with conflictingPairs on every pair', () => {
    const pairs = conflictingPairs(world);
    for (const application of world.applications) {
      for (const juror of world.jurors) {
        expect(isConflicted(world, application.id, juror.id)).toBe(
          pairs.get(application.id)?.has(juror.id) ?? false,
        );
      }
    }
    expect(isConflicted(world, 'a1', 'member')).toBe(true);
    expect(isConflicted(world, 'a1', 'affiliated')).toBe(true);
    expect(isConflicted(world, 'a2', 'declarer')).toBe(true);
    expect(isConflicted(world, 'a1', 'declarer')).toBe(false);
    expect(isConflicted(world, 'a1', 'free')).toBe(false);
  });

  it('is false for unknown applications or jurors without declarations', () => {
    expect(isConflicted(world, 'nope', 'member')).toBe(false);
    expect(isConflicted(world, 'a1', 'nobody')).toBe(false);
  });
});
