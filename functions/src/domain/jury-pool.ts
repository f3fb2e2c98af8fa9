import type { ApplicationStatus } from '@laureate/schemas';

/**
 * The jury pool's rules (docs/jury.md): load bounds and availability, set by the organisers per
 * juror, with the defaults a juror has until they do. The assignment reads the same values.
 */

/** The most applications a juror reviews until the organisers set a bound. */
export const DEFAULT_MAX_LOAD = 10;

export interface PoolFields {
  maxLoad?: number | undefined;
  minLoad?: number | undefined;
  available?: boolean | undefined;
}

/**
 * A juror's effective load bounds and availability. The assignment gives an unavailable juror
 * no new applications, whatever the bounds say; their started reviews stay theirs.
 *
 * @example loadBounds({}) // { minLoad: 0, maxLoad: 10, available: true }
 */
export function loadBounds(fields: PoolFields): {
  minLoad: number;
  maxLoad: number;
  available: boolean;
} {
  return {
    minLoad: fields.minLoad ?? 0,
    maxLoad: fields.maxLoad ?? DEFAULT_MAX_LOAD,
    available: fields.available ?? true,
  };
}

/**
 * Whether a change of bounds leaves them consistent; the field to blame otherwise.
 *
 * @example loadBoundsProblem({ maxLoad: 5 }, { minLoad: 8 }) // { field: 'minLoad', ... }
 */
export function loadBoundsProblem(
  current: PoolFields,
  changes: { maxLoad?: number | undefined; minLoad?: number | null | undefined },
): { field: 'minLoad' | 'maxLoad'; message: string } | undefined {
  const maxLoad = changes.maxLoad ?? current.maxLoad ?? DEFAULT_MAX_LOAD;
  const minLoad = changes.minLoad === null ? 0 : (changes.minLoad ?? current.minLoad ?? 0);
  if (minLoad <= maxLoad) return undefined;
  return changes.minLoad !== undefined && changes.minLoad !== null
    ? { field: 'minLoad', message: `The minimum load cannot exceed the maximum (${maxLoad})` }
    : { field: 'maxLoad', message: `The maximum load cannot be below the minimum (${minLoad})` };
}

/**
 * Applications a juror sees (title and organisations only) on the conflict-declaration page:
 * submitted ones on their way to or through review. Drafts belong to their NGO; withdrawn and
 * ineligible ones will never be reviewed.
 */
const declarable: ReadonlySet<ApplicationStatus> = new Set([
  'submitted',
  'eligible',
  'in_review',
  'shortlisted',
  'not_selected',
  'winner',
]);

export function isDeclarable(status: ApplicationStatus): boolean {
  return declarable.has(status);
}
