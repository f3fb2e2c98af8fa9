import type { CompetitionSummary, ReviewQueue } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:review-queue');
  const api = createApi(fetch);
  const base = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
  try {
    const [queue, competition] = await Promise.all([
      api.get<ReviewQueue>(`${base}/my-reviews`),
      // The public page of the competition, for its track names; absent while unpublished.
      api.get<CompetitionSummary>(base).catch(() => undefined),
    ]);
    return { queue, competition };
  } catch (cause) {
    failLoad(cause);
  }
};
