/**
 * The jury assignment solver: plain data in, the exact optimum (or why there is none) out.
 * `docs/assignment.md` documents the instance and result formats and the model.
 */
export type {
  AssignmentInstance,
  AssignmentRules,
  InstanceApplication,
  InstanceIssue,
  InstanceJuror,
  InstancePair,
  LoadBalancing,
  PairRef,
} from './instance.ts';
export { validateInstance } from './instance.ts';
export type {
  AssignedPair,
  AssignmentResult,
  InfeasibleAssignment,
  InvalidInstance,
  JurorLoad,
  LoadSpread,
  OptimalAssignment,
  OptimalityCertificate,
  SolveOptions,
  SolveStats,
} from './solve.ts';
export { solveAssignment } from './solve.ts';
export type {
  ApplicationShortfall,
  AssignmentRule,
  InfeasibilityExplanation,
  JurorShortfall,
  RuleFailure,
} from './explain-infeasibility.ts';
export type { CertificateCheck } from './certificate.ts';
export { verifyOptimality } from './certificate.ts';
export type { AssignmentViolation } from './validate-manual.ts';
export { validateManualAssignment } from './validate-manual.ts';
