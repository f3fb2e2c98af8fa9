import type { ReviewWorkspace } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:review-workspace');
  const api = createApi(fetch);
  const path = `/api/competitions/${encodeURIComponent(params.competitionId)}/reviews/${encodeURIComponent(params.applicationId)}`;
  try {
    // One read: the application (anonymised by the server when blind), the rubric, the review.
    return { workspace: await api.get<ReviewWorkspace>(path) };
  } catch (cause) {
    failLoad(cause);
  }
};
