import type { CompetitionSummary } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  try {
    const path = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
    return { competition: await createApi(fetch).get<CompetitionSummary>(path) };
  } catch (cause) {
    failLoad(cause);
  }
};
