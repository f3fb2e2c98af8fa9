import type {
  AssignmentList,
  CompetitionSettings,
  ConflictList,
  DivergenceList,
  ReviewProgressReport,
} from '@laureate/schemas';
import { redirect } from '@sveltejs/kit';
import { createApi } from '$lib/api/client';
import { failLoad } from '$lib/api/load-error';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ fetch, params, parent, depends }) => {
  depends('app:review-oversight');
  const { me } = await parent();
  const competitionId = params.competitionId;
  const path = `/competitions/${encodeURIComponent(competitionId)}`;
  const organises = me.roles.some(
    (role) =>
      role.role === 'admin' || (role.role === 'organiser' && role.competitionId === competitionId),
  );
  // Reminder emails of old linked here: a juror who follows one lands on their own queue.
  if (
    !organises &&
    me.roles.some((role) => role.role === 'juror' && role.competitionId === competitionId)
  )
    redirect(307, `${path}/reviews/mine`);
  const api = createApi(fetch);
  const base = `/api${path}`;
  try {
    const [settings, assignments, progress, divergence, conflicts] = await Promise.all([
      api.get<CompetitionSettings>(`${base}/settings`),
      api.get<AssignmentList>(`${base}/assignments`),
      api.get<ReviewProgressReport>(`${base}/review-progress`),
      api.get<DivergenceList>(`${base}/divergence`),
      // Every conflict, automatic ones included: those jurors are never offered for hand edits.
      api.get<ConflictList>(`${base}/conflicts`),
    ]);
    return { settings, assignments, progress, divergence, conflicts: conflicts.items };
  } catch (cause) {
    failLoad(cause);
  }
};
