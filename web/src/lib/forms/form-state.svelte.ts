import { ApiError } from '$lib/api/client';
import { t } from '$lib/i18n/locale.svelte';

/**
 * The state every form shares: busy while a request runs, field errors from the problem
 * document the API returned (keyed by field), or one general error.
 */
export class FormState {
  busy = $state(false);
  errors = $state<Record<string, string>>({});

  /** Runs `action`; returns its result, or undefined after showing the errors. */
  async run<T>(action: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.errors = {};
    try {
      return await action();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const fields = error.fieldErrors;
      this.errors =
        Object.keys(fields).length > 0
          ? fields
          : { _: error.code === 'network' ? t('error.network') : error.message };
      return undefined;
    } finally {
      this.busy = false;
    }
  }
}

/** The token of an emailed link: it travels in the URL fragment, never to the server's logs. */
export function tokenFromLocation(): string | undefined {
  // Read once, never changed: a plain URLSearchParams, not a reactive one.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  return token && /^[\w-]{43}$/.test(token) ? token : undefined;
}
