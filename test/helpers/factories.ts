import { randomUUID } from 'node:crypto';
import type { CompetitionRecord } from '../../functions/src/ports/competition-repository.ts';
import type { OrganisationRecord } from '../../functions/src/ports/organisation-repository.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A unique id that satisfies the Id schema. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 12)}`;
}

/**
 * A published competition whose call opens `opensInDays` after `now` (negative: in the past);
 * each later deadline follows at `stepDays` intervals.
 */
export function competitionRecord(
  now: string,
  options: { opensInDays?: number; stepDays?: number; published?: boolean; id?: string } = {},
): CompetitionRecord {
  const start = Date.parse(now) + (options.opensInDays ?? -10) * DAY;
  const step = (options.stepDays ?? 20) * DAY;
  const at = (n: number) => new Date(start + n * step).toISOString();
  const id = options.id ?? uniqueId('comp');
  return {
    id,
    title: { en: `Competition ${id}`, ru: `Конкурс ${id}` },
    summary: { en: 'Socially significant projects of NGOs' },
    countries: ['RU', 'KZ'],
    tracks: [{ id: 'social-work', title: { en: 'Social work', ru: 'Социальная работа' } }],
    timeZone: 'Asia/Almaty',
    calendar: {
      callOpensAt: at(0),
      submissionDeadline: at(1),
      screeningEndsAt: at(2),
      reviewEndsAt: at(3),
      resultsAt: at(4),
    },
    ...(options.published === false ? {} : { publishedAt: new Date(start - DAY).toISOString() }),
    createdAt: new Date(start - 2 * DAY).toISOString(),
    updatedAt: new Date(start - 2 * DAY).toISOString(),
    version: 1,
  };
}

/**
 * An unlisted organisation registered at `now`, with a unique id unless one is given.
 *
 * @example organisationRecord(now, { country: 'KZ', name: { ru: 'ОО «Степь»' } })
 */
export function organisationRecord(
  now: string,
  fields: Partial<OrganisationRecord> & Pick<OrganisationRecord, 'country'>,
): OrganisationRecord {
  const id = fields.id ?? uniqueId('org');
  return {
    id,
    name: { en: `NGO ${id}` },
    legalForm: 'ANO',
    region: 'Region',
    city: 'City',
    themes: [],
    workingLanguages: ['ru'],
    listedInDirectory: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...fields,
  };
}
