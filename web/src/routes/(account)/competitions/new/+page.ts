import type { FormDefinition } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  try {
    const templates = await createApi(fetch).get<{
      items: { id: string; definition: FormDefinition }[];
    }>('/api/form-templates');
    return {
      templates: templates.items.map((item) => ({ id: item.id, title: item.definition.title })),
    };
  } catch (cause) {
    failLoad(cause);
  }
};
