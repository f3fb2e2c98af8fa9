import type { Account, Organisation, SessionList } from '@laureate/schemas';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, parent, depends }) => {
  depends('app:account');
  const { me } = await parent();
  const api = createApi(fetch);
  try {
    const organisationIds = me.roles.flatMap((grant) =>
      grant.role === 'member' ? [grant.organisationId] : [],
    );
    const [account, sessions, organisations] = await Promise.all([
      api.get<Account>('/api/account'),
      api.get<SessionList>('/api/account/sessions'),
      Promise.all(organisationIds.map((id) => api.get<Organisation>(`/api/organisations/${id}`))),
    ]);
    return { account, sessions, organisations };
  } catch (cause) {
    failLoad(cause);
  }
};
