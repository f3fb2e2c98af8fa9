import type { Bid, DeclarationItem } from '@laureate/schemas';

/** One row of the declaration page as the juror edits it. */
export interface RowState {
  declared: boolean;
  reason: string;
  /** '' for no preference. */
  bid: Bid | '';
}

export function rowStateOf(item: DeclarationItem): RowState {
  return {
    declared: item.conflict.declared,
    reason: item.conflict.reason ?? '',
    bid: item.bid ?? '',
  };
}

/**
 * The requests that take a row from what was saved to what the juror now wants: a declaration
 * is put (again, if only the reason changed) or withdrawn; a bid is put or cleared.
 *
 * @example rowChanges({ declared: false, reason: '', bid: '' }, { declared: true, reason: 'x', bid: '' })
 *   // { conflict: 'put', bid: undefined }
 */
export function rowChanges(
  saved: RowState,
  wanted: RowState,
): { conflict: 'put' | 'delete' | undefined; bid: 'put' | 'delete' | undefined } {
  const reasonChanged = saved.reason.trim() !== wanted.reason.trim();
  return {
    conflict: wanted.declared
      ? !saved.declared || reasonChanged
        ? 'put'
        : undefined
      : saved.declared
        ? 'delete'
        : undefined,
    bid: saved.bid === wanted.bid ? undefined : wanted.bid === '' ? 'delete' : 'put',
  };
}

/** Words of the query, all of which must be in the title or an organisation's name. */
export function matchesQuery(item: DeclarationItem, query: string): boolean {
  const words = query.trim().toLocaleLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [item.title, ...item.organisations.map((o) => o.name)]
    .join(' ')
    .toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * The organisations named on the competition's applications, once each, by name: the only ones
 * whose affiliation matters for conflicts here.
 */
export function affiliationChoices(
  items: readonly DeclarationItem[],
): { organisationId: string; name: string; country?: string | undefined }[] {
  const byId = new Map<string, { organisationId: string; name: string; country?: string }>();
  for (const item of items) {
    for (const organisation of item.organisations) {
      if (!byId.has(organisation.organisationId)) {
        byId.set(organisation.organisationId, {
          organisationId: organisation.organisationId,
          name: organisation.name,
          ...(organisation.country ? { country: organisation.country } : {}),
        });
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
