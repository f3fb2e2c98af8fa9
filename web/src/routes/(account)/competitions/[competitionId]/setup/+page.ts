import type { CompetitionSettings, FormDefinition, FormEditingState } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params }) => {
  const api = createApi(fetch);
  const base = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
  try {
    const [settings, formUse, templates] = await Promise.all([
      api.get<CompetitionSettings>(`${base}/settings`),
      api.get<FormEditingState>(`${base}/form/editing`),
      api.get<{ items: { id: string; definition: FormDefinition }[] }>('/api/form-templates'),
    ]);
    return {
      settings,
      applications: formUse.applications,
      templates: templates.items,
    };
  } catch (cause) {
    failLoad(cause);
  }
};
