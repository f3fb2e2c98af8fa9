import { answeredFieldProblems, FormDefinition, formDefinitionProblems } from '@laureate/schemas';
import type { MessageKey } from '$lib/i18n/messages/en';

/*
 * The builder checks a form with what the server uses: the FormDefinition schema, the checks
 * across fields (formDefinitionProblems) and the rule that answered fields stay
 * (answeredFieldProblems). It then says what is wrong in the organiser's language and where:
 * each problem links to the input it is about.
 */

export type Path = readonly (string | number)[];

/** A message from the catalogue, or the schema's own text when the builder has no better one. */
export type ProblemMessage =
  | { key: MessageKey; params?: Record<string, string | number> }
  | {
      text: string;
    };

export interface BuilderProblem {
  path: Path;
  message: ProblemMessage;
}

interface IssueLike {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  origin?: string;
  expected?: string;
}

const byPrefix: [string, MessageKey][] = [
  ['Give the text in at least one language', 'builder.error.text'],
  ['min must not exceed max', 'builder.error.range'],
  ['Duplicate', 'builder.error.duplicate'],
  ['Condition points at unknown field', 'builder.error.conditionUnknown'],
  ['Give exactly one of equals or includes', 'builder.error.conditionValue'],
  ['A single-choice condition', 'builder.error.conditionValue'],
  ['A multiple-choice condition', 'builder.error.conditionValue'],
  ['A number condition', 'builder.error.conditionValue'],
  ['This condition needs', 'builder.error.conditionValue'],
  ['"other" is reserved', 'builder.error.otherReserved'],
  ['minSelected/maxSelected', 'builder.error.selectionLimits'],
  ['Must start with a lower-case letter', 'builder.error.id'],
  ['Must be an ISO 4217 code', 'builder.error.currency'],
];

/** A zod issue of the form definition in the organiser's terms. */
export function issueMessage(issue: IssueLike): ProblemMessage {
  const last = issue.path.at(-1);
  const quoted = /"([^"]+)"/.exec(issue.message)?.[1];
  if (issue.message.startsWith('Condition points at') && issue.message.endsWith('comes later')) {
    return { key: 'builder.error.conditionLater', params: { id: quoted ?? '' } };
  }
  for (const [prefix, key] of byPrefix) {
    if (issue.message.startsWith(prefix)) {
      return quoted ? { key, params: { id: quoted } } : { key };
    }
  }
  if (issue.path.includes('accept')) return { key: 'builder.error.accept' };
  if (issue.code === 'too_small' && issue.origin === 'array') {
    if (last === 'fields') return { key: 'builder.error.noFields' };
    if (last === 'options') return { key: 'builder.error.noOptions' };
    if (last === 'sections') return { key: 'builder.error.noSections' };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'number') {
    return { key: 'builder.error.number' };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return { key: issue.origin === 'number' ? 'builder.error.numberRange' : 'builder.error.size' };
  }
  return { text: issue.message };
}

/** Where a field of the current form sits in a definition, if it is still there. */
function pathOfField(definition: FormDefinition, fieldId: string): Path | undefined {
  for (const [s, section] of definition.sections.entries()) {
    const f = section.fields.findIndex((field) => field.id === fieldId);
    if (f >= 0) return ['sections', s, 'fields', f, 'type'];
  }
  return undefined;
}

/**
 * Everything that would stop the server saving this definition. `renamedFrom` maps a field's
 * place to the id it had when loaded, so a renamed answered field is reported where it is.
 */
export function definitionProblems(
  definition: FormDefinition,
  current: FormDefinition | null,
  answeredFieldIds: readonly string[],
  renamedFrom: (fieldId: string) => Path | undefined = () => undefined,
): BuilderProblem[] {
  const parsed = FormDefinition.safeParse(definition);
  const problems: BuilderProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.filter((key) => typeof key !== 'symbol'),
        message: issueMessage(issue),
      }));
  // The checks across fields also run on a definition that still has shape errors, so the
  // organiser sees every problem at once rather than one round at a time.
  for (const problem of formDefinitionProblems(definition)) {
    problems.push({ path: problem.path, message: issueMessage({ code: 'custom', ...problem }) });
  }
  for (const problem of answeredFieldProblems(current, definition, answeredFieldIds)) {
    problems.push({
      path:
        problem.kind === 'retyped'
          ? (pathOfField(definition, problem.fieldId) ?? [])
          : (renamedFrom(problem.fieldId) ?? []),
      message: {
        key:
          problem.kind === 'retyped'
            ? 'builder.error.answeredRetyped'
            : 'builder.error.answeredRemoved',
        params: { id: problem.fieldId },
      },
    });
  }
  return problems.sort((a, b) => comparePaths(a.path, b.path));
}

/** Top to bottom: by section, then field, then whatever follows. */
function comparePaths(a: Path, b: Path): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return 0;
  }
  return a.length - b.length;
}

/** The id of the builder's element for a path: `['sections', 1, 'fields', 0, 'label']` → `fb-s1-f0-label`. */
export function elementId(path: Path): string {
  const parts: string[] = ['fb'];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if ((key === 'sections' || key === 'fields') && typeof next === 'number') {
      parts.push(`${key === 'sections' ? 's' : 'f'}${next}`);
      i++;
    } else {
      parts.push(String(key));
    }
  }
  return parts.join('-');
}

/** Element ids to try for a path, most specific first: the input, then what contains it. */
export function targetIds(path: Path): string[] {
  const ids: string[] = [];
  for (let end = path.length; end >= 0; end--) {
    const id = elementId(path.slice(0, end));
    if (id !== 'fb' && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

interface ServerFieldError {
  field: string;
  message: string;
  code: string;
}

/**
 * The problems in a refusal from `PUT /form`, so that a form the browser thought fine (another
 * tab, a newer server) is explained the same way: schema errors name `body.definition.…`, the
 * checks across fields send the problem as JSON, refusals of answered fields name the id.
 */
export function serverProblems(
  errors: readonly ServerFieldError[],
  pathOfAnswered: (fieldId: string) => Path | undefined = () => undefined,
): BuilderProblem[] {
  return errors.map((error) => {
    if (error.code === 'answered_field_removed' || error.code === 'answered_field_retyped') {
      const id = /"([^"]+)"/.exec(error.message)?.[1] ?? '';
      return {
        path: pathOfAnswered(id) ?? [],
        message: {
          key:
            error.code === 'answered_field_removed'
              ? 'builder.error.answeredRemoved'
              : 'builder.error.answeredRetyped',
          params: { id },
        },
      };
    }
    if (error.code === 'form_definition') {
      try {
        const problem = JSON.parse(error.message) as { path: Path; message: string };
        return { path: problem.path, message: issueMessage({ code: 'custom', ...problem }) };
      } catch {
        return { path: [], message: { text: error.message } };
      }
    }
    const path = error.field
      .replace(/^body\.definition\.?/, '')
      .split('.')
      .filter(Boolean)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    return { path, message: issueMessage({ ...error, path }) };
  });
}
