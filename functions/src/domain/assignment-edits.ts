import type { AssignmentViolation } from './assignment/index.ts';

/**
 * Organisers' hand edits (add, remove, swap) and what a run changes, judged with the solver's
 * own `validateManualAssignment` (docs/assignment.md) on the whole assignment before and after.
 *
 * An edit is refused when it brings in a violation of a hard rule: a conflict, an unavailable
 * juror, a juror above their maximum load, no shared language when required, a started review
 * removed, or an application that has all its k jurors without one from another country (or
 * from its own) when the rules ask for one. Rules that later edits can still satisfy are
 * warnings, never refusals, so organisers can work one edit at a time: an application short of
 * its k jurors, a juror under their minimum, an incomplete application still missing its
 * foreign or local juror. Violations already there before the edit never block it.
 */

export interface PairRef {
  application: string;
  juror: string;
}

const softRules: ReadonlySet<string> = new Set(['kReviews', 'minLoad']);
const coverageRules: ReadonlySet<string> = new Set(['crossBorder', 'localExpert']);

const violationKey = (violation: AssignmentViolation) =>
  `${violation.rule}#${violation.application ?? ''}#${violation.juror ?? ''}`;

export interface EditJudgement {
  blocking: AssignmentViolation[];
  warnings: AssignmentViolation[];
}

/**
 * @example judgeEdit(before, after, (id) => counts.get(id) ?? 0, 3)
 */
export function judgeEdit(
  before: readonly AssignmentViolation[],
  after: readonly AssignmentViolation[],
  jurorsAfter: (applicationId: string) => number,
  required: (applicationId: string) => number,
): EditJudgement {
  const existing = new Set(before.map(violationKey));
  const blocking: AssignmentViolation[] = [];
  const warnings: AssignmentViolation[] = [];
  for (const violation of after) {
    const soft =
      softRules.has(violation.rule) ||
      (coverageRules.has(violation.rule) &&
        violation.application !== undefined &&
        jurorsAfter(violation.application) < required(violation.application));
    if (soft) warnings.push(violation);
    else if (!existing.has(violationKey(violation))) blocking.push(violation);
  }
  return { blocking, warnings };
}

/**
 * What storing the solver's choice changes: pairs to add, and unstarted pairs to remove. Pairs
 * outside the instance (applications no longer eligible, former jurors) are removed when no
 * review was started; `keep` names the ones never to touch (started reviews).
 *
 * @example assignmentChanges(current, chosen, (pair) => started.has(key(pair)))
 */
export function assignmentChanges(
  current: readonly PairRef[],
  chosen: readonly PairRef[],
  keep: (pair: PairRef) => boolean,
): { add: PairRef[]; remove: PairRef[]; unchanged: number } {
  const key = (pair: PairRef) => `${pair.application}\u0000${pair.juror}`;
  const currentKeys = new Set(current.map(key));
  const chosenKeys = new Set(chosen.map(key));
  const add = chosen.filter((pair) => !currentKeys.has(key(pair)));
  const remove = current.filter((pair) => !chosenKeys.has(key(pair)) && !keep(pair));
  const unchanged = chosen.length - add.length;
  return { add, remove, unchanged };
}
