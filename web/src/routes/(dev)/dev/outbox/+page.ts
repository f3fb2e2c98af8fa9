import type { OutboxPage } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch }) => {
  try {
    return { outbox: await createApi(fetch).get<OutboxPage>('/api/dev/outbox') };
  } catch (cause) {
    failLoad(cause);
  }
};
