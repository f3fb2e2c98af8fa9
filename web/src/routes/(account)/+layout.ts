import { redirect } from '@sveltejs/kit';
import { refreshSession, session } from '$lib/session/session.svelte';
import type { LayoutLoad } from './$types';

// Pages for signed-in people. The API checks every request anyway; this only spares
// visitors a page of errors and brings them back after signing in.
export const load: LayoutLoad = async ({ url }) => {
  const me = session.me ?? (await refreshSession());
  if (!me) redirect(307, `/sign-in?next=${encodeURIComponent(url.pathname)}`);
  return { me };
};
