import type { FieldError } from '@laureate/schemas';
import type { MessageKey } from '../i18n/messages/en.ts';
import type { Params } from '../i18n/translate.ts';
import { deadlines, type Deadline } from './setup-draft.ts';

type Translate = (key: MessageKey, params?: Params) => string;

/** Field errors worded for the reader: `inline` under the field, `summary` with its label. */
export interface WordedErrors {
  inline: Record<string, string>;
  summary: Record<string, string>;
}

const isDeadline = (value: string | undefined): value is Deadline =>
  (deadlines as readonly string[]).includes(value ?? '');

/** What the field is called on the set-up page, from its API path. */
export function fieldLabel(field: string, t: Translate): string | undefined {
  const parts = field.split('.');
  const [head, index, sub] = parts;
  const n = Number(index) + 1;
  switch (head) {
    case 'title':
      return t('setup.texts.title');
    case 'summary':
      return t('setup.texts.summary');
    case 'countries':
      return t('setup.countries');
    case 'timeZone':
      return t('setup.timeZone');
    case 'tracks':
      return index === undefined ? t('setup.tracks') : t('setup.tracks.item', { n });
    case 'calendar':
      return isDeadline(index) ? t(`competition.phase.${index}`) : t('setup.calendar');
    case 'reviewsPerApplication':
      return t('setup.reviews');
    case 'quotas':
      return t('setup.quotas');
    case 'divergenceThreshold':
      return t('setup.jury.threshold');
    case 'reminderDaysBefore':
      return t('setup.jury.reminders');
    case 'assignmentRules':
      return t('setup.jury.rules');
    case 'reason':
      return t('setup.phase.reason');
    case 'rubric': {
      const criterion = Number(parts[2]) + 1;
      if (parts[1] !== 'criteria' || Number.isNaN(criterion)) return t('setup.rubric');
      const name = t('setup.rubric.criterion', { n: criterion });
      if (parts[3] === 'weight') return `${name}, ${t('setup.rubric.weight')}`;
      if (parts[3] === 'scale') return `${name}, ${t('setup.rubric.scale')}`;
      if (parts[3] === 'levels') return `${name}, ${t('setup.rubric.levels')}`;
      return name;
    }
    default:
      return sub ?? head;
  }
}

/** The reader's words for one problem; the API's own message where there is nothing better. */
export function problemMessage(
  error: { field: string; code: string; message: string },
  t: Translate,
): string {
  const parts = error.field.split('.');
  const last = parts.at(-1) ?? '';
  const numeric = ['too_small', 'too_big', 'invalid_type', 'not_multiple_of'].includes(error.code);
  switch (error.code) {
    case 'calendar_order': {
      const position = deadlines.indexOf(parts[1] as Deadline);
      const previous = deadlines[position - 1];
      return previous
        ? t('setup.error.calendarOrder', { previous: t(`competition.phase.${previous}`) })
        : error.message;
    }
    case 'missing':
      return t('setup.error.dateTime');
    case 'outside':
      return t('setup.error.levelOutside');
    case 'repeated':
      return t('setup.error.levelRepeated');
  }
  if (
    error.code === 'custom' &&
    ['title', 'summary', 'descriptor'].includes(last) &&
    parts.length <= 6
  ) {
    return t('setup.error.oneLanguage');
  }
  if (parts[0] === 'countries' && error.code === 'too_small') return t('setup.error.countries');
  if (parts[0] === 'reviewsPerApplication' && numeric) return t('setup.error.reviews');
  if (parts[0] === 'quotas' && numeric) return t('setup.error.quota');
  if (parts[0] === 'divergenceThreshold' && numeric) return t('setup.error.threshold');
  if (parts[0] === 'rubric' && last === 'weight' && numeric) return t('setup.error.weight');
  if (parts[0] === 'rubric' && parts[3] === 'scale') return t('setup.error.scale');
  if (parts[0] === 'reason' && error.code === 'too_small') return t('setup.error.reason');
  return error.message;
}

/**
 * The API's field errors (with `body.` already stripped or not) and the page's own problems,
 * worded for the field and for the summary.
 */
export function wordErrors(
  errors: readonly Pick<FieldError, 'field' | 'code' | 'message'>[],
  t: Translate,
): WordedErrors {
  const inline: Record<string, string> = {};
  const summary: Record<string, string> = {};
  for (const error of errors) {
    const field = error.field.replace(/^(body|query|params)\.?/, '') || '_';
    const message = problemMessage({ ...error, field }, t);
    inline[field] ??= message;
    const label = field === '_' ? undefined : fieldLabel(field, t);
    summary[field] ??= label ? `${label}: ${message}` : message;
  }
  return { inline, summary };
}

/**
 * The inline error of `field` or of anything inside it (`countries.2`): a control such as the
 * country picker shows the first of them.
 *
 * @example errorWithin(errors.inline, 'countries')
 */
export function errorWithin(inline: Record<string, string>, field: string): string | undefined {
  return inline[field] ?? Object.entries(inline).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
