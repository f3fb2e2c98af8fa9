import type { CompetitionSettings, FormDefinition, FormEditingState } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

interface FormTemplateList {
  items: { id: string; definition: FormDefinition }[];
}

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:form-builder');
  const api = createApi(fetch);
  const base = `/api/competitions/${encodeURIComponent(params.competitionId)}`;
  try {
    const [settings, editing] = await Promise.all([
      api.get<CompetitionSettings>(`${base}/settings`),
      api.get<FormEditingState>(`${base}/form/editing`),
    ]);
    // The templates are offered only while the competition has no form.
    const templates = editing.form
      ? []
      : (await api.get<FormTemplateList>('/api/form-templates')).items;
    return { settings, editing, templates };
  } catch (cause) {
    failLoad(cause);
  }
};
