import type { CompetitionList } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  try {
    return { competitions: await createApi(fetch).get<CompetitionList>('/api/competitions') };
  } catch (cause) {
    failLoad(cause);
  }
};
