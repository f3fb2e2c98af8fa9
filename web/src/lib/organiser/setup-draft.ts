import type {
  CompetitionCalendar,
  CompetitionPhase,
  CompetitionSettings,
  LocalizedText,
  Quota,
  ReviewSettings,
  RubricCriterion,
  Track,
  UpdateCompetitionRequest,
} from '@laureate/schemas';
import { instantToZonedInput, zonedInputToInstant } from '../format/zoned-time.ts';
import { locales, type Locale } from '../i18n/translate.ts';
import { levelProblems } from './rubric.ts';

/*
 * The set-up page edits a plain copy of the settings (texts per language as strings, deadlines
 * as wall-clock times in the competition's zone) and turns it back into the PATCH body. Pure, so
 * it is tested without a browser. The API validates everything again; the checks here only
 * catch what would otherwise be sent as nonsense (an empty deadline).
 */

export type Texts = Record<Locale, string>;

/** The deadlines in calendar order; each ends the phase before it. */
export const deadlines = [
  'callOpensAt',
  'submissionDeadline',
  'screeningEndsAt',
  'reviewEndsAt',
  'resultsAt',
] as const satisfies readonly (keyof CompetitionCalendar)[];
export type Deadline = (typeof deadlines)[number];

/** The phases in order (schemas: competitionPhases), without importing zod into the page. */
export const phases = [
  'upcoming',
  'call_open',
  'screening',
  'review',
  'deliberation',
  'results',
] as const satisfies readonly CompetitionPhase[];

export interface TrackDraft {
  id: string;
  title: Texts;
}

export interface LevelDraft {
  score: number;
  descriptor: Texts;
}

export interface CriterionDraft {
  id: string;
  title: Texts;
  /** From a number input: undefined or null while empty. */
  weight: number | null | undefined;
  min: number | null | undefined;
  max: number | null | undefined;
  levels: LevelDraft[];
}

export interface SetupDraft {
  title: Texts;
  summary: Texts;
  countries: string[];
  tracks: TrackDraft[];
  timeZone: string;
  /** `YYYY-MM-DDTHH:mm` on the competition's clock, as a `datetime-local` input holds it. */
  calendar: Record<Deadline, string>;
  reviewsPerApplication: number | null | undefined;
  criteria: CriterionDraft[];
  /** Winners per group; empty for no quota on that dimension. */
  quotas: Record<Quota['dimension'], number | null | undefined>;
  /** How the jury works: anonymity, rules of the assignment, divergence, reminders. */
  review: ReviewDraft;
}

export interface ReviewDraft extends Omit<ReviewSettings, 'divergenceThreshold'> {
  /** From a number input: undefined or null while empty. */
  divergenceThreshold: number | null | undefined;
}

/** The reminder days offered as choices, with any other day the competition already uses. */
export function reminderDayChoices(chosen: readonly number[]): number[] {
  return [...new Set([14, 7, 5, 3, 2, 1, ...chosen])].sort((a, b) => b - a);
}

/** Text in every language, empty where not given. */
export function textsOf(text: LocalizedText | undefined): Texts {
  return { en: text?.en ?? '', ru: text?.ru ?? '', kk: text?.kk ?? '' };
}

/** Only the languages filled in, trimmed: the API wants at least one and no empty strings. */
export function filledText(texts: Texts): LocalizedText {
  const text: LocalizedText = {};
  for (const language of locales) {
    const value = texts[language].trim();
    if (value) text[language] = value;
  }
  return text;
}

const hasText = (texts: Texts) => locales.some((language) => texts[language].trim() !== '');

/**
 * What stops a draft being sent: an empty or impossible deadline, or a level descriptor whose
 * score is outside its criterion's scale or repeats another's.
 */
export type DraftProblem = 'missing' | 'outside' | 'repeated';

/** An editable copy of the settings. */
export function draftFromSettings(settings: CompetitionSettings): SetupDraft {
  const calendar = {} as Record<Deadline, string>;
  for (const deadline of deadlines) {
    calendar[deadline] = instantToZonedInput(settings.calendar[deadline], settings.timeZone);
  }
  const quota = (dimension: Quota['dimension']) =>
    settings.quotas.find((candidate) => candidate.dimension === dimension)?.winnersPerGroup;
  return {
    title: textsOf(settings.title),
    summary: textsOf(settings.summary),
    countries: [...settings.countries],
    tracks: settings.tracks.map((track) => ({ id: track.id, title: textsOf(track.title) })),
    timeZone: settings.timeZone,
    calendar,
    reviewsPerApplication: settings.reviewsPerApplication,
    criteria: settings.rubric.criteria.map((criterion) => ({
      id: criterion.id,
      title: textsOf(criterion.title),
      weight: criterion.weight,
      min: criterion.scale.min,
      max: criterion.scale.max,
      levels: criterion.levels.map((level) => ({
        score: level.score,
        descriptor: textsOf(level.descriptor),
      })),
    })),
    quotas: { country: quota('country'), track: quota('track') },
    review: {
      blind: settings.blind,
      showOtherReviewsAfterSubmit: settings.showOtherReviewsAfterSubmit,
      bidding: settings.bidding,
      assignmentRules: { ...settings.assignmentRules },
      divergenceThreshold: settings.divergenceThreshold,
      extraJurorOnDivergence: settings.extraJurorOnDivergence,
      reminderDaysBefore: [...settings.reminderDaysBefore].sort((a, b) => b - a),
    },
  };
}

/** Each deadline as an instant, or the fields that are empty or not a real date and time. */
export function calendarFromDraft(
  calendar: Record<Deadline, string>,
  timeZone: string,
): { calendar?: CompetitionCalendar; errors: Record<string, 'missing'> } {
  const result = {} as CompetitionCalendar;
  const errors: Record<string, 'missing'> = {};
  for (const deadline of deadlines) {
    const zoned = zonedInputToInstant(calendar[deadline], timeZone);
    if (zoned) result[deadline] = zoned.instant;
    else errors[`calendar.${deadline}`] = 'missing';
  }
  return Object.keys(errors).length > 0 ? { errors } : { calendar: result, errors };
}

const numberOrNaN = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) ? value : Number.NaN;

/** The quotas the draft sets, country first; their order is the one the API reports errors in. */
export function quotasFromDraft(quotas: SetupDraft['quotas']): Quota[] {
  return (['country', 'track'] as const).flatMap((dimension) => {
    const value = quotas[dimension];
    return value === null || value === undefined || Number.isNaN(value)
      ? []
      : [{ dimension, winnersPerGroup: value }];
  });
}

/**
 * The PATCH body for the draft (without the version), or the client-side problems that stop it
 * being sent, keyed like the API's field errors (`calendar.resultsAt`).
 */
export function changesFromDraft(draft: SetupDraft): {
  changes?: Omit<UpdateCompetitionRequest, 'version'>;
  errors: Record<string, DraftProblem>;
} {
  const { calendar, errors: calendarErrors } = calendarFromDraft(draft.calendar, draft.timeZone);
  const errors: Record<string, DraftProblem> = { ...calendarErrors };
  draft.criteria.forEach((criterion, index) => {
    const scale = { min: numberOrNaN(criterion.min), max: numberOrNaN(criterion.max) };
    if (Number.isNaN(scale.min) || Number.isNaN(scale.max)) return;
    for (const [level, problem] of levelProblems(scale, criterion.levels)) {
      errors[`rubric.criteria.${index}.levels.${level}.score`] = problem;
    }
  });
  if (!calendar || Object.keys(errors).length > 0) return { errors };
  const tracks: Track[] = draft.tracks.map((track) => ({
    id: track.id,
    title: filledText(track.title),
  }));
  const criteria: RubricCriterion[] = draft.criteria.map((criterion) => ({
    id: criterion.id,
    title: filledText(criterion.title),
    weight: numberOrNaN(criterion.weight),
    scale: { min: numberOrNaN(criterion.min), max: numberOrNaN(criterion.max) },
    // A level row left without any text is dropped rather than refused.
    levels: criterion.levels
      .filter((level) => hasText(level.descriptor))
      .map((level) => ({ score: level.score, descriptor: filledText(level.descriptor) })),
  }));
  return {
    changes: {
      title: filledText(draft.title),
      summary: filledText(draft.summary),
      countries: draft.countries,
      tracks,
      timeZone: draft.timeZone,
      calendar,
      reviewsPerApplication: numberOrNaN(draft.reviewsPerApplication),
      rubric: { criteria },
      quotas: quotasFromDraft(draft.quotas),
      ...draft.review,
      divergenceThreshold: numberOrNaN(draft.review.divergenceThreshold),
      reminderDaysBefore: [...draft.review.reminderDaysBefore].sort((a, b) => b - a),
    },
    errors,
  };
}

/**
 * The id of the element an API field error belongs to, from its path: `calendar.resultsAt` →
 * `field-calendar-resultsAt`, `rubric.criteria.0.weight` → `field-rubric-criteria-0-weight`.
 * The longest prefix of the path with an element on the page wins; quota errors name the quota
 * by its index in the request, which `quotas` maps back to its dimension.
 *
 * @example anchorFor('tracks.1.title.ru', (id) => id === 'field-tracks-1-title') // 'field-tracks-1-title'
 */
export function anchorFor(
  field: string,
  exists: (id: string) => boolean,
  quotas: readonly Quota[] = [],
): string {
  const parts = field.split('.');
  if (parts[0] === 'quotas' && parts[1] !== undefined) {
    const dimension = quotas[Number(parts[1])]?.dimension;
    if (dimension) parts.splice(1, 2, dimension);
  }
  for (let length = parts.length; length > 0; length--) {
    const id = `field-${parts.slice(0, length).join('-')}`;
    if (exists(id)) return id;
  }
  return `field-${parts[0] ?? ''}`;
}

/** A new random id with a prefix, for tracks (6–64 characters) and rubric criteria (lower case). */
export function newId(prefix: string, random: () => number = Math.random): string {
  let suffix = '';
  for (let index = 0; index < 8; index++) suffix += Math.floor(random() * 36).toString(36);
  return `${prefix}-${suffix}`;
}

/** Moves the item at `from` by `offset` places, within bounds; a new array. */
export function moved<T>(items: readonly T[], from: number, offset: number): T[] {
  const to = from + offset;
  if (to < 0 || to >= items.length || from < 0 || from >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

/**
 * A calendar to start a new competition from, on the zone's clock: the call opens in a week,
 * applications are taken for a month, then two weeks of screening, a month of review and two
 * weeks of deliberation. Organisers change it; it only spares them typing five dates.
 *
 * @example suggestedCalendar(new Date('2027-03-01T12:00:00Z'), 'Asia/Almaty').callOpensAt // '2027-03-08T09:00'
 */
export function suggestedCalendar(now: Date, timeZone: string): Record<Deadline, string> {
  const today = instantToZonedInput(now.toISOString(), timeZone).slice(0, 10);
  const [year, month, day] = today.split('-').map(Number);
  const at = (days: number, time: string) =>
    `${new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10)}T${time}`;
  return {
    callOpensAt: at(7, '09:00'),
    submissionDeadline: at(37, '18:00'),
    screeningEndsAt: at(51, '18:00'),
    reviewEndsAt: at(81, '18:00'),
    resultsAt: at(95, '12:00'),
  };
}
