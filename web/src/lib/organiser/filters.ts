/** The list filters of the organisers' applications page, as they travel in the URL. */
export interface ApplicationFilters {
  status: string;
  country: string;
  track: string;
  q: string;
}

const filterNames = ['status', 'country', 'track', 'q'] as const;

/** The filters a URL's query holds; absent ones are empty strings. */
export function filtersFromParams(params: URLSearchParams): ApplicationFilters {
  return {
    status: params.get('status') ?? '',
    country: params.get('country') ?? '',
    track: params.get('track') ?? '',
    q: (params.get('q') ?? '').trim(),
  };
}

/**
 * A query string (without `?`) for the filters that are set, plus the paging options.
 *
 * @example filterQuery({ status: 'submitted', country: '', track: '', q: ' ngo ' }) // 'status=submitted&q=ngo'
 */
export function filterQuery(
  filters: ApplicationFilters,
  paging: { limit?: number; cursor?: string | undefined } = {},
): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = filters[name].trim();
    if (value) params.set(name, value);
  }
  if (paging.limit) params.set('limit', String(paging.limit));
  if (paging.cursor) params.set('cursor', paging.cursor);
  return params.toString();
}

/** Reasons shorter than this are refused by the API (schemas: EligibilityRequest). */
export const MIN_REASON_LENGTH = 5;

/** Whether a reason for ineligibility is long enough once trimmed. */
export function reasonIsValid(reason: string): boolean {
  return reason.trim().length >= MIN_REASON_LENGTH;
}

/** Applications fetched per page of the organisers' list. */
export const PAGE_SIZE = 50;
