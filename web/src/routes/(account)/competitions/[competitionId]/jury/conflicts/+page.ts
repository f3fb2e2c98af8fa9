import type { CompetitionSummary, ConflictDeclaration, JurorStanding } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:jury-declaration');
  const api = createApi(fetch);
  const base = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
  try {
    const [declaration, standing, competition] = await Promise.all([
      api.get<ConflictDeclaration>(`${base}/conflict-declaration`),
      api.get<JurorStanding>(`${base}/jury/me`),
      // The public page of the competition, for its title; absent while it is unpublished.
      api.get<CompetitionSummary>(base).catch(() => undefined),
    ]);
    return { declaration, standing, competition };
  } catch (cause) {
    failLoad(cause);
  }
};
