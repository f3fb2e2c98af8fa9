import type { ApplicationCounts, ApplicationPage, CompetitionSettings } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import { PAGE_SIZE, filterQuery, filtersFromParams } from '$lib/organiser/filters';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, url, depends }) => {
  depends('app:competition-applications');
  const api = createApi(fetch);
  const base = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
  const filters = filtersFromParams(url.searchParams);
  try {
    const [settings, counts, first] = await Promise.all([
      api.get<CompetitionSettings>(`${base}/settings`),
      api.get<ApplicationCounts>(`${base}/applications/counts`),
      api.get<ApplicationPage>(
        `${base}/applications?${filterQuery(filters, { limit: PAGE_SIZE })}`,
      ),
    ]);
    return { settings, counts, first, filters };
  } catch (cause) {
    failLoad(cause);
  }
};
