import { useMessages } from '$lib/i18n/locale.svelte';
import type { LayoutLoad } from './$types';

// Organisers' and jurors' screens: their strings come in a catalogue applicants never download.
// After the parents, so the reader's language is settled before its staff catalogue is chosen.
export const load: LayoutLoad = async ({ parent }) => {
  const data = await parent();
  await useMessages('staff');
  return data;
};
