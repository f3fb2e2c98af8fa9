import type { Account, CompetitionSettings, Organisation, SessionList } from '@laureate/schemas';
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
    const organisedIds = me.roles.flatMap((grant) =>
      grant.role === 'organiser' ? [grant.competitionId] : [],
    );
    const [account, sessions, organisations, organised] = await Promise.all([
      api.get<Account>('/api/account'),
      api.get<SessionList>('/api/account/sessions'),
      Promise.all(organisationIds.map((id) => api.get<Organisation>(`/api/organisations/${id}`))),
      // For the titles only: a competition that refuses (one needing a second factor this
      // session lacks) is still listed, by its id.
      Promise.all(
        organisedIds.map((id) =>
          api.get<CompetitionSettings>(`/api/competitions/${encodeURIComponent(id)}/settings`).then(
            (settings) => ({ id, title: settings.title }),
            () => ({ id, title: undefined }),
          ),
        ),
      ),
    ]);
    return { account, sessions, organisations, organised };
  } catch (cause) {
    failLoad(cause);
  }
};
