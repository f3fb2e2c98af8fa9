import type { LocalizedText } from '@laureate/schemas';
import { locale, t } from '$lib/i18n/locale.svelte';
import type { DefaultTexts } from './field-defaults';

/** A text in the organiser's current language only; they add the others. */
function inCurrentLanguage(text: string): LocalizedText {
  return { [locale.current]: text };
}

/** What new fields, options and sections are called until the organiser names them. */
export function defaultTexts(): DefaultTexts {
  return {
    field: inCurrentLanguage(t('builder.field.untitled')),
    option: (n) => inCurrentLanguage(t('builder.option.untitled', { n })),
    section: inCurrentLanguage(t('builder.section.untitled')),
  };
}
