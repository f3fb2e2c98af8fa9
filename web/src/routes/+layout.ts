import { initLocale } from '$lib/i18n/locale.svelte';
import type { LayoutLoad } from './$types';

// A single-page app served as static files: everything renders in the browser, and unknown
// paths fall back to index.html (adapter-static `fallback`).
export const ssr = false;
export const prerender = false;

// Runs once (it depends on nothing), alongside the page's own load: the reader's catalogue is
// there before the first render, so no text flashes from one language to another.
export const load: LayoutLoad = async () => {
  await initLocale();
};
