import type {
  ApplicationPage,
  CompetitionSettings,
  ConflictList,
  JuryPool,
} from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:jury-pool');
  const api = createApi(fetch);
  const base = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
  try {
    const [settings, pool, conflicts, applications] = await Promise.all([
      api.get<CompetitionSettings>(`${base}/settings`),
      api.get<JuryPool>(`${base}/jury`),
      api.get<ConflictList>(`${base}/conflicts`),
      // The applications an organiser may name in a declaration (submitted ones, never drafts).
      api.get<ApplicationPage>(`${base}/applications?limit=200`),
    ]);
    return { settings, pool, conflicts, applications: applications.items };
  } catch (cause) {
    failLoad(cause);
  }
};
