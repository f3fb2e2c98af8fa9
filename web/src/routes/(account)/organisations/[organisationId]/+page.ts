import type { MemberList, Organisation } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, depends }) => {
  depends('app:organisation');
  const api = createApi(fetch);
  const base = `/api/organisations/${encodeURIComponent(params.organisationId)}`;
  try {
    const [organisation, members] = await Promise.all([
      api.get<Organisation>(base),
      api.get<MemberList>(`${base}/members`),
    ]);
    return { organisation, members };
  } catch (cause) {
    failLoad(cause);
  }
};
