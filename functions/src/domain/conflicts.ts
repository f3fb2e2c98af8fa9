/**
 * Conflicts of interest between jurors and applications (docs/jury.md). Pure: the caller loads
 * applications, jurors and declarations; this module decides who is in conflict and why.
 *
 * Three sources, any one of which suffices:
 * - automatic: the juror is a member of an organisation on the application (the lead or any
 *   partner of a joint application), or their declared affiliation is one of those organisations;
 * - declared by the juror;
 * - declared by an organiser.
 * A conflicted juror is never assigned to the application and never reads it, its reviews or its
 * scores (the assignment solver and the review routes both ask this module, through the helpers
 * in http/jury-context.ts).
 */

/** An application as conflicts see it: the organisations named on it. */
export interface ConflictApplication {
  id: string;
  /** The lead organisation and every partner organisation. */
  organisationIds: readonly string[];
}

/** A juror as conflicts see it. */
export interface ConflictJuror {
  id: string;
  /** Organisations on the platform the juror is a member of. */
  memberOf: readonly string[];
  /** The organisation the juror says they are affiliated with, if it is on the platform. */
  affiliationOrganisationId?: string | undefined;
}

/** A stored declaration (structurally a ConflictRecord). */
export interface DeclaredConflict {
  applicationId: string;
  jurorId: string;
  source: 'juror' | 'organiser';
  reason?: string | undefined;
  declaredBy?: string;
  declaredAt?: string;
}

export type ConflictCause =
  | { source: 'automatic'; via: 'membership' | 'affiliation'; organisationId: string }
  | ({ source: 'juror' | 'organiser' } & Omit<DeclaredConflict, 'applicationId' | 'jurorId'>);

export interface ConflictInput {
  applications: readonly ConflictApplication[];
  jurors: readonly ConflictJuror[];
  declared: readonly DeclaredConflict[];
}

/** The organisations named on an application: its lead and its partners, without repeats. */
export function applicationOrganisationIds(application: {
  organisationId: string;
  partners?: readonly { organisationId: string }[] | undefined;
}): string[] {
  return [
    ...new Set([
      application.organisationId,
      ...(application.partners ?? []).map((partner) => partner.organisationId),
    ]),
  ];
}

/**
 * Every conflicted pair with its causes: application id → juror id → causes. Declarations are
 * kept even for applications or jurors missing from the input, so that a conflict can never be
 * lost by a partial load. Runs in O(applications × organisations per application + jurors ×
 * memberships + declarations).
 *
 * @example conflictCauses({ applications: [{ id: 'a', organisationIds: ['o'] }], jurors: [{ id: 'j', memberOf: ['o'] }], declared: [] })
 *   // Map { 'a' => Map { 'j' => [{ source: 'automatic', via: 'membership', organisationId: 'o' }] } }
 */
export function conflictCauses(input: ConflictInput): Map<string, Map<string, ConflictCause[]>> {
  const jurorsByOrganisation = new Map<
    string,
    { jurorId: string; via: 'membership' | 'affiliation' }[]
  >();
  const link = (organisationId: string, jurorId: string, via: 'membership' | 'affiliation') => {
    const linked = jurorsByOrganisation.get(organisationId) ?? [];
    linked.push({ jurorId, via });
    jurorsByOrganisation.set(organisationId, linked);
  };
  for (const juror of input.jurors) {
    for (const organisationId of new Set(juror.memberOf))
      link(organisationId, juror.id, 'membership');
    if (juror.affiliationOrganisationId) {
      link(juror.affiliationOrganisationId, juror.id, 'affiliation');
    }
  }

  const result = new Map<string, Map<string, ConflictCause[]>>();
  const add = (applicationId: string, jurorId: string, cause: ConflictCause) => {
    let ofApplication = result.get(applicationId);
    if (!ofApplication) {
      ofApplication = new Map();
      result.set(applicationId, ofApplication);
    }
    const causes = ofApplication.get(jurorId) ?? [];
    causes.push(cause);
    ofApplication.set(jurorId, causes);
  };

  for (const application of input.applications) {
    for (const organisationId of new Set(application.organisationIds)) {
      for (const { jurorId, via } of jurorsByOrganisation.get(organisationId) ?? []) {
        add(application.id, jurorId, { source: 'automatic', via, organisationId });
      }
    }
  }
  for (const { applicationId, jurorId, ...declaration } of input.declared) {
    add(applicationId, jurorId, declaration);
  }
  return result;
}

/**
 * Application id → the jurors in conflict with it, from every source.
 *
 * @example conflictingPairs({ applications: [], jurors: [], declared: [{ applicationId: 'a', jurorId: 'j', source: 'juror' }] }).get('a') // Set { 'j' }
 */
export function conflictingPairs(input: ConflictInput): Map<string, Set<string>> {
  const pairs = new Map<string, Set<string>>();
  for (const [applicationId, jurors] of conflictCauses(input)) {
    pairs.set(applicationId, new Set(jurors.keys()));
  }
  return pairs;
}

/**
 * Whether one juror is in conflict with one application.
 *
 * @example isConflicted(input, 'app-1', 'user-7') // true
 */
export function isConflicted(
  input: ConflictInput,
  applicationId: string,
  jurorId: string,
): boolean {
  if (input.declared.some((d) => d.applicationId === applicationId && d.jurorId === jurorId)) {
    return true;
  }
  const application = input.applications.find((candidate) => candidate.id === applicationId);
  const juror = input.jurors.find((candidate) => candidate.id === jurorId);
  if (!application || !juror) return false;
  const organisations = new Set(application.organisationIds);
  return (
    juror.memberOf.some((organisationId) => organisations.has(organisationId)) ||
    (juror.affiliationOrganisationId !== undefined &&
      organisations.has(juror.affiliationOrganisationId))
  );
}
