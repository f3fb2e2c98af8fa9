import type { Application, CompetitionSummary, FormDefinition } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:application');
  const api = createApi(fetch);
  const path = `/api/organisations/${encodeURIComponent(params.organisationId)}/applications/${encodeURIComponent(params.applicationId)}`;
  try {
    const application = await api.get<Application>(path);
    const competition = `/api/competitions/${encodeURIComponent(application.competitionId)}`;
    // An application answers the form version it began with, even after the form changes.
    const [form, summary] = await Promise.all([
      api.get<FormDefinition>(`${competition}/form?version=${application.formVersion}`),
      api.get<CompetitionSummary>(competition),
    ]);
    return { application, form, competition: summary };
  } catch (cause) {
    failLoad(cause);
  }
};
