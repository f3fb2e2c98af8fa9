import type { Me } from '@laureate/schemas';
import { api, ApiError } from '$lib/api/client';

/** Who is signed in, shared by the layout and the pages; undefined until first checked. */
class SessionState {
  me = $state<Me | null | undefined>(undefined);
}

export const session = new SessionState();

export async function refreshSession(): Promise<Me | null> {
  try {
    session.me = await api.get<Me>('/api/auth/me');
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    session.me = null;
  }
  return session.me;
}
