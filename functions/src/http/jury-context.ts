import {
  applicationOrganisationIds,
  conflictCauses,
  type ConflictCause,
  type ConflictJuror,
} from '#domain/conflicts';
import type { ApplicationRecord } from '#ports/application-repository';
import type { CompetitionRoleRecord } from '#ports/competition-roles';
import type { AppDeps } from './app-env.ts';

/**
 * Loads what domain/conflicts.ts needs from the stores, for one application, one juror or the
 * whole competition. Every route that shows a juror an application, its reviews or its scores,
 * and the assignment, asks here: a juror in conflict gets 404 and is never assigned.
 */
export type JuryDeps = Pick<
  AppDeps,
  'applications' | 'organisations' | 'competitionRoles' | 'conflicts' | 'accounts'
>;

/** The organisations a user is a member of (one index query). */
async function membershipsOf(deps: JuryDeps, userId: string): Promise<string[]> {
  const user = await deps.accounts.getUser(userId);
  if (!user) return [];
  const grants = await deps.accounts.listRoleGrants(user);
  return grants.flatMap((grant) => (grant.role === 'member' ? [grant.organisationId] : []));
}

const affiliationOf = (role: CompetitionRoleRecord | undefined) =>
  role?.jurorProfile?.affiliationOrganisationId;

/**
 * The jurors of the competition in conflict with one application, from every source:
 * membership of the lead or a partner organisation, affiliation, and declarations. An
 * application of another competition has no conflicted jurors here (and must be 404 anyway).
 * A caller that has already read the application or the competition's roles passes them in
 * `loaded`, so they are not read twice.
 *
 * @example if ((await conflictedJurors(deps, competitionId, applicationId)).has(jurorId)) throw notFound()
 */
export async function conflictedJurors(
  deps: JuryDeps,
  competitionId: string,
  applicationId: string,
  loaded: { application?: ApplicationRecord; roles?: readonly CompetitionRoleRecord[] } = {},
): Promise<Set<string>> {
  const [application, roles, declared] = await Promise.all([
    loaded.application ?? deps.applications.get(applicationId),
    loaded.roles ?? deps.competitionRoles.list(competitionId),
    deps.conflicts.listOfApplication(competitionId, applicationId),
  ]);
  const organisationIds =
    application && application.competitionId === competitionId
      ? applicationOrganisationIds(application)
      : [];
  const members = new Set(
    (
      await Promise.all(
        organisationIds.map((organisationId) => deps.organisations.listMembers(organisationId)),
      )
    ).flatMap((memberships) => memberships.map((membership) => membership.userId)),
  );
  const jurors: ConflictJuror[] = roles
    .filter((role) => role.role === 'juror')
    .map((role) => ({
      id: role.userId,
      // Only the application's own organisations matter here.
      memberOf: members.has(role.userId) ? organisationIds : [],
      affiliationOrganisationId: affiliationOf(role),
    }));
  const causes = conflictCauses({
    applications: [{ id: applicationId, organisationIds }],
    jurors,
    declared,
  });
  return new Set(causes.get(applicationId)?.keys() ?? []);
}

/** What decides one juror's conflicts: memberships, affiliation, declarations naming them. */
export async function jurorConflictFacts(deps: JuryDeps, competitionId: string, jurorId: string) {
  const [memberOf, role, declared] = await Promise.all([
    membershipsOf(deps, jurorId),
    deps.competitionRoles.get(competitionId, 'juror', jurorId),
    deps.conflicts.listOfJuror(competitionId, jurorId),
  ]);
  return { memberOf, affiliationOrganisationId: affiliationOf(role), declared };
}

/**
 * The applications of the competition one juror is in conflict with (ids), from every source.
 *
 * @example const hidden = await conflictsOfJuror(deps, competitionId, jurorId)
 */
export async function conflictsOfJuror(
  deps: JuryDeps,
  competitionId: string,
  jurorId: string,
): Promise<Set<string>> {
  const {
    memberOf,
    affiliationOrganisationId: affiliation,
    declared,
  } = await jurorConflictFacts(deps, competitionId, jurorId);
  const organisationIds = [...new Set([...memberOf, ...(affiliation ? [affiliation] : [])])];
  // The applications naming those organisations, as lead or partner (gsi2 per organisation).
  const applications = new Map<string, ApplicationRecord>();
  for (const list of await Promise.all(
    organisationIds.map((organisationId) => deps.applications.listOfOrganisation(organisationId)),
  )) {
    for (const application of list) {
      if (application.competitionId === competitionId)
        applications.set(application.id, application);
    }
  }
  const causes = conflictCauses({
    applications: [...applications.values()].map((application) => ({
      id: application.id,
      organisationIds: applicationOrganisationIds(application),
    })),
    jurors: [{ id: jurorId, memberOf, affiliationOrganisationId: affiliation }],
    declared,
  });
  return new Set(
    [...causes].flatMap(([applicationId, jurors]) => (jurors.has(jurorId) ? [applicationId] : [])),
  );
}

/** Everything about the competition's conflicts, for the organisers' list and the pool. */
export interface CompetitionConflicts {
  applications: ApplicationRecord[];
  jurors: CompetitionRoleRecord[];
  /** application id → juror id → causes. */
  causes: Map<string, Map<string, ConflictCause[]>>;
}

/**
 * Every conflict in the competition with its causes: one query for the applications, one for
 * the roles, one for the declarations, and one membership query per juror.
 */
export async function competitionConflicts(
  deps: JuryDeps,
  competitionId: string,
): Promise<CompetitionConflicts> {
  const [applications, roles, declared] = await Promise.all([
    deps.applications.allOfCompetition(competitionId),
    deps.competitionRoles.list(competitionId),
    deps.conflicts.listOfCompetition(competitionId),
  ]);
  const jurors = roles.filter((role) => role.role === 'juror');
  const memberships = await Promise.all(jurors.map((juror) => membershipsOf(deps, juror.userId)));
  const causes = conflictCauses({
    applications: applications.map((application) => ({
      id: application.id,
      organisationIds: applicationOrganisationIds(application),
    })),
    jurors: jurors.map((juror, index) => ({
      id: juror.userId,
      memberOf: memberships[index] ?? [],
      affiliationOrganisationId: affiliationOf(juror),
    })),
    declared,
  });
  return { applications, jurors, causes };
}

/**
 * The assignments their jurors can act on. A pair in conflict is hidden from its juror (404 on
 * every route) and counts for nothing, so progress, reminders and overdue lists leave it out.
 *
 * @example unfinishedByJuror(withoutConflicted(assignments, conflicts.causes), reviews)
 */
export function withoutConflicted<Pair extends { applicationId: string; jurorId: string }>(
  assignments: readonly Pair[],
  causes: CompetitionConflicts['causes'],
): Pair[] {
  return assignments.filter(
    (assignment) => !causes.get(assignment.applicationId)?.has(assignment.jurorId),
  );
}
