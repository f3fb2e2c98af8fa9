import type { AssignmentRule } from './explain-infeasibility.ts';
import {
  findPair,
  indexInstance,
  jurorCategory,
  sharesLanguage,
  type AssignmentInstance,
  type IndexedInstance,
  type PairRef,
} from './instance.ts';

/** What an edited assignment breaks. `required` and `actual` are counts where they apply. */
export interface AssignmentViolation {
  rule:
    | AssignmentRule
    | 'unknownReference'
    | 'duplicate'
    | 'conflict'
    | 'notListed'
    | 'unavailable'
    | 'keptRemoved';
  message: string;
  application?: string;
  juror?: string;
  required?: number;
  actual?: number;
}

/**
 * Checks a whole assignment (kept and new pairs together) against the instance's rules, as an
 * organiser's hand edit (add, remove, swap) must be checked before it is saved. Returns every
 * violation; an empty list means the assignment is acceptable.
 *
 * - every kept assignment is present, no pair is a conflict or appears twice;
 * - every other pair is listed, with an available juror, sharing a language if the rule is on;
 * - each application has exactly k reviews, with a foreign / local juror if the rules ask;
 * - each juror's load is within [minLoad, maxLoad] (minLoad only for available jurors).
 *
 * @example validateManualAssignment(instance, [...current, { application: 'a1', juror: 'j9' }])
 */
export function validateManualAssignment(
  instance: AssignmentInstance,
  assignment: readonly PairRef[],
  indexed: IndexedInstance = indexInstance(instance),
): AssignmentViolation[] {
  const { applications, jurors, rules } = indexed;
  const J = jurors.length;
  const violations: AssignmentViolation[] = [];
  const seen = new Set<number>();
  const perApplication: number[][] = applications.map(() => []);
  const load = new Int32Array(J);
  for (const pair of assignment) {
    const a = indexed.applicationIndex.get(pair.application);
    const j = indexed.jurorIndex.get(pair.juror);
    if (a === undefined || j === undefined) {
      violations.push({
        rule: 'unknownReference',
        message: 'The pair names an unknown application or juror',
        application: pair.application,
        juror: pair.juror,
      });
      continue;
    }
    const ids = { application: pair.application, juror: pair.juror };
    const key = a * J + j;
    if (seen.has(key)) {
      violations.push({ rule: 'duplicate', message: 'The pair is assigned twice', ...ids });
      continue;
    }
    seen.add(key);
    perApplication[a]!.push(j);
    load[j]!++;
    if (indexed.conflictKeys.has(key))
      violations.push({
        rule: 'conflict',
        message: 'The juror has a conflict of interest',
        ...ids,
      });
    if (indexed.fixedByApplication[a]!.includes(j)) continue;
    if (findPair(indexed, a, j) < 0)
      violations.push({ rule: 'notListed', message: 'The pair is not an allowed pair', ...ids });
    if (!jurors[j]!.available)
      violations.push({ rule: 'unavailable', message: 'The juror is not available', ...ids });
    if (rules.sharedLanguage && !sharesLanguage(applications[a]!, jurors[j]!))
      violations.push({
        rule: 'sharedLanguage',
        message: 'The juror shares no working language with the application',
        ...ids,
      });
  }
  for (let a = 0; a < applications.length; a++)
    for (const j of indexed.fixedByApplication[a]!)
      if (!seen.has(a * J + j))
        violations.push({
          rule: 'keptRemoved',
          message: 'A review already started or submitted was removed',
          application: applications[a]!.id,
          juror: jurors[j]!.id,
        });

  applications.forEach((application, a) => {
    const list = perApplication[a]!;
    if (list.length !== application.reviews)
      violations.push({
        rule: 'kReviews',
        message: `The application has ${list.length} reviews instead of ${application.reviews}`,
        application: application.id,
        required: application.reviews,
        actual: list.length,
      });
    const categories = list.map((j) => jurorCategory(application, jurors[j]!, rules.localExpert));
    if (rules.crossBorder && list.length > 0 && !categories.includes('foreign'))
      violations.push({
        rule: 'crossBorder',
        message: 'No juror of the application comes from another country',
        application: application.id,
        required: 1,
        actual: 0,
      });
    if (rules.localExpert && list.length > 0 && !categories.includes('local'))
      violations.push({
        rule: 'localExpert',
        message: 'No juror of the application comes from its country (or region)',
        application: application.id,
        required: 1,
        actual: 0,
      });
  });
  jurors.forEach((juror, j) => {
    if (load[j]! > juror.maxLoad)
      violations.push({
        rule: 'maxLoad',
        message: `The juror has ${load[j]!} reviews, above the maximum of ${juror.maxLoad}`,
        juror: juror.id,
        required: juror.maxLoad,
        actual: load[j]!,
      });
    if (juror.available && load[j]! < juror.minLoad)
      violations.push({
        rule: 'minLoad',
        message: `The juror has ${load[j]!} reviews, below the minimum of ${juror.minLoad}`,
        juror: juror.id,
        required: juror.minLoad,
        actual: load[j]!,
      });
  });
  return violations;
}
