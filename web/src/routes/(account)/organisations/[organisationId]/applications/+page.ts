import type { ApplicationList, CompetitionList, CompetitionSummary } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:applications');
  const api = createApi(fetch);
  try {
    const [applications, list] = await Promise.all([
      api.get<ApplicationList>(
        `/api/organisations/${encodeURIComponent(params.organisationId)}/applications`,
      ),
      api.get<CompetitionList>('/api/competitions?limit=100'),
    ]);
    // Competitions beyond the first page are fetched one by one; a missing one just shows no date.
    const known = new Map(list.items.map((competition) => [competition.id, competition]));
    const missing = [...new Set(applications.items.map((a) => a.competitionId))].filter(
      (id) => !known.has(id),
    );
    const extra = await Promise.all(
      missing.map((id) =>
        api
          .get<CompetitionSummary>(`/api/competitions/${encodeURIComponent(id)}`)
          .catch(() => undefined),
      ),
    );
    for (const competition of extra) if (competition) known.set(competition.id, competition);
    return {
      applications: applications.items,
      competitions: Object.fromEntries(known),
      open: list.items.filter((competition) => competition.listing === 'open'),
    };
  } catch (cause) {
    failLoad(cause);
  }
};
