import type {
  ApplicationCoverage,
  AssignmentView,
  ConflictView,
  JurorLoadView,
  Problem,
  RuleFailureView,
} from '@laureate/schemas';

/** One application of the assignments table with its jurors. */
export interface ApplicationRow extends ApplicationCoverage {
  jurors: AssignmentView[];
}

/**
 * The assignments grouped by application, in the order of the eligible applications, then any
 * assignment of an application no longer eligible (so nothing stored is hidden).
 *
 * @example applicationRows(list.applications, list.items)[0].jurors.length // 2
 */
export function applicationRows(
  applications: readonly ApplicationCoverage[],
  items: readonly AssignmentView[],
): ApplicationRow[] {
  const byApplication = new Map<string, AssignmentView[]>();
  for (const item of items) {
    const list = byApplication.get(item.applicationId) ?? [];
    list.push(item);
    byApplication.set(item.applicationId, list);
  }
  const rows: ApplicationRow[] = applications.map((application) => ({
    ...application,
    jurors: byApplication.get(application.applicationId) ?? [],
  }));
  const known = new Set(applications.map((application) => application.applicationId));
  for (const [applicationId, jurors] of byApplication) {
    if (known.has(applicationId)) continue;
    rows.push({
      applicationId,
      title: jurors[0]!.applicationTitle,
      trackId: '',
      assigned: jurors.length,
      required: 0,
      jurors,
    });
  }
  return rows;
}

/** A juror who may be offered for an application, and what the organiser should know first. */
export interface JurorChoice {
  juror: JurorLoadView;
  /** `full`: at their maximum load; `unavailable`: takes no new applications. */
  note?: 'full' | 'unavailable';
}

/**
 * The jurors to offer for an application: not already on it and not in conflict with it, from
 * any source. Jurors who are full or unavailable stay in the list, marked, so the server's
 * refusal explains the rule if the organiser picks one anyway.
 *
 * @example jurorChoices('app-1', jurors, items, conflicts).map((choice) => choice.juror.jurorId)
 */
export function jurorChoices(
  applicationId: string,
  jurors: readonly JurorLoadView[],
  items: readonly AssignmentView[],
  conflicts: readonly Pick<ConflictView, 'applicationId' | 'jurorId'>[],
): JurorChoice[] {
  const taken = new Set(
    items.filter((item) => item.applicationId === applicationId).map((item) => item.jurorId),
  );
  const conflicted = new Set(
    conflicts
      .filter((conflict) => conflict.applicationId === applicationId)
      .map((conflict) => conflict.jurorId),
  );
  return jurors
    .filter((juror) => !taken.has(juror.jurorId) && !conflicted.has(juror.jurorId))
    .map((juror) => {
      const note = !juror.available
        ? ('unavailable' as const)
        : juror.load >= juror.maxLoad
          ? ('full' as const)
          : undefined;
      return note ? { juror, note } : { juror };
    });
}

/**
 * What an infeasibility entry is about, so the page can say it in plain words. The solver sends
 * one entry per rule and kind of check; the kinds differ in what their numbers count.
 */
export type FailureKind =
  /** Started reviews that have become conflicts of interest. */
  | 'keptConflict'
  /** Applications holding more started reviews than k. */
  | 'keptAboveK'
  /** Jurors holding more started reviews than their maximum. */
  | 'keptAboveMax'
  /** Applications with too few jurors allowed at all (no conflict, available, room left). */
  | 'tooFewJurors'
  /** The maximum loads together are below the reviews needed. */
  | 'capacity'
  /** A group of applications competing for the same full jurors (a min cut). */
  | 'collective'
  /** Too few jurors who share a working language. */
  | 'language'
  /** No juror from another country (or no review left for one). */
  | 'foreign'
  /** No juror from the application's country (or no review left for one). */
  | 'local'
  /** Jurors who cannot reach their minimum load. */
  | 'minLoad';

/**
 * @example failureKind({ rule: 'kReviews', applications: [{ required: 2, available: 3 }] … })
 * // 'keptAboveK'
 */
export function failureKind(
  failure: Pick<RuleFailureView, 'rule' | 'applications' | 'jurors' | 'saturatedJurorIds'>,
): FailureKind {
  switch (failure.rule) {
    case 'fixedAssignments':
      return 'keptConflict';
    case 'kReviews':
      if (failure.applications.some((item) => item.available > item.required)) return 'keptAboveK';
      return failure.saturatedJurorIds ? 'collective' : 'tooFewJurors';
    case 'maxLoad':
      return failure.jurors.length > 0 ? 'keptAboveMax' : 'capacity';
    case 'sharedLanguage':
      return 'language';
    case 'crossBorder':
      return 'foreign';
    case 'localExpert':
      return 'local';
    case 'minLoad':
      return 'minLoad';
  }
}

/** One reason the server refused a hand edit: the rule's code, and its own English words. */
export interface Refusal {
  code: string;
  message: string;
}

/**
 * The reasons in a refusal: one per broken rule (`errors[].code`), else the problem's own
 * code (`assignment/review-started`), so every reason the server gives is shown.
 *
 * @example refusals(error.problem) // [{ code: 'conflict', message: '…' }, { code: 'maxLoad', … }]
 */
export function refusals(
  problem: Pick<Problem, 'code' | 'detail' | 'title' | 'errors'>,
): Refusal[] {
  const seen = new Set<string>();
  const listed = (problem.errors ?? []).flatMap((error) => {
    if (seen.has(error.code)) return [];
    seen.add(error.code);
    return [{ code: error.code, message: error.message }];
  });
  return listed.length > 0
    ? listed
    : [{ code: problem.code, message: problem.detail ?? problem.title }];
}
