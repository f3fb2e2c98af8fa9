import type { Application, FieldError } from '@laureate/schemas';

/*
 * Pure helpers for the application form. They deliberately import no values from
 * `@laureate/schemas` (that would pull zod into the page chunk twice over); the unit tests check
 * that the counters and the total agree with the schemas' own `wordCount`, `characterCount` and
 * `budgetTotal`, which the server applies.
 */

/** Words as the server counts them: runs of non-whitespace, Unicode-aware. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/** Characters as people see them (code points), ignoring surrounding whitespace. */
export function countCharacters(text: string): number {
  return Array.from(text.trim()).length;
}

export interface TextCount {
  count: number;
  max: number;
  over: boolean;
}

/** The live counter of a text answer against its limit. */
export function textCount(text: string, limit: { unit: 'words' | 'characters'; max: number }) {
  const count = limit.unit === 'words' ? countWords(text) : countCharacters(text);
  return { count, max: limit.max, over: count > limit.max } satisfies TextCount;
}

export interface BudgetLineDraft {
  item: string;
  quantity: number;
  unitCost: number;
}

/** Sum of quantity × unit cost, rounded to cents once at the end, as the server does. */
export function sumBudget(lines: readonly BudgetLineDraft[]): number {
  const sum = lines.reduce(
    (total, line) => total + (Number(line.quantity) || 0) * (Number(line.unitCost) || 0),
    0,
  );
  return Math.round((sum + Number.EPSILON) * 100) / 100;
}

/** An amount in the form's currency; an unknown currency code still shows the number. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export interface AnswerProblem {
  /** The top-level field the problem belongs to (the target of `#field-<fieldId>`). */
  fieldId: string;
  /** The full path inside the answers, e.g. `partners.2.country`. */
  path: string;
  message: string;
}

/**
 * The API's field errors about answers (`body.answers.summary`, `body.answers.partners.2.name`),
 * keyed by the field they belong to; other errors (`body.version`…) come under `_`.
 */
export function answerProblems(errors: readonly FieldError[] | undefined): AnswerProblem[] {
  return (errors ?? []).map((error) => {
    const path = error.field.replace(/^(body|query|params)\.?/, '');
    const inAnswers = /^answers[.[]/.test(path);
    const rest = inAnswers ? path.replace(/^answers\.?/, '') : path;
    const fieldId = inAnswers ? (rest.split(/[.[\]]/).find(Boolean) ?? '_') : '_';
    return { fieldId, path: rest, message: error.message };
  });
}

/** The first message for each field, to show beside it. */
export function problemsByField(problems: readonly AnswerProblem[]): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const problem of problems) byField[problem.fieldId] ??= problem.message;
  return byField;
}

/** A copy of unsaved answers kept in this browser until the server has them. */
export interface LocalDraft {
  answers: Record<string, unknown>;
  /** The server version the edits were made on. */
  baseVersion: number;
  /** When the copy was written (ISO 8601). */
  savedAt: string;
}

export function localDraftKey(applicationId: string): string {
  return `laureate.draft.${applicationId}`;
}

/** Storage can throw (private browsing, quota); losing the safety copy must not break editing. */
export function readLocalDraft(storage: Storage, applicationId: string): LocalDraft | undefined {
  try {
    const raw = storage.getItem(localDraftKey(applicationId));
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as Partial<LocalDraft>;
    if (
      typeof parsed !== 'object' ||
      parsed === null ||
      typeof parsed.answers !== 'object' ||
      parsed.answers === null ||
      typeof parsed.baseVersion !== 'number' ||
      typeof parsed.savedAt !== 'string'
    ) {
      return undefined;
    }
    return parsed as LocalDraft;
  } catch {
    return undefined;
  }
}

export function writeLocalDraft(storage: Storage, applicationId: string, draft: LocalDraft): void {
  try {
    storage.setItem(localDraftKey(applicationId), JSON.stringify(draft));
  } catch {
    // The server copy is then the only one.
  }
}

export function clearLocalDraft(storage: Storage, applicationId: string): void {
  try {
    storage.removeItem(localDraftKey(applicationId));
  } catch {
    // Nothing to clear.
  }
}

/** Whether two answer objects hold the same answers (key order aside). */
export function sameAnswers(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : 1)),
        )
      : inner,
  );
}

/**
 * Whether to offer restoring a local copy: it differs from the server's answers and was written
 * after the server copy was last saved.
 */
export function shouldOfferRestore(
  local: LocalDraft | undefined,
  server: Pick<Application, 'answers' | 'updatedAt'>,
): local is LocalDraft {
  if (!local) return false;
  if (sameAnswers(local.answers, server.answers)) return false;
  return Date.parse(local.savedAt) > Date.parse(server.updatedAt);
}

/** An answer object without the blank values an emptied input leaves behind. */
export function withAnswer(
  answers: Record<string, unknown>,
  fieldId: string,
  value: unknown,
): Record<string, unknown> {
  const next = { ...answers };
  if (value === undefined || value === null || value === '') delete next[fieldId];
  else next[fieldId] = value;
  return next;
}
