import type {
  CompetitionCalendar,
  LocalizedText,
  PhaseOverride,
  Quota,
  Rubric,
  Track,
  FormDefinition,
  ReviewSettings,
} from '@laureate/schemas';

/**
 * A competition as stored: configuration only; the phase is derived from the calendar. Review
 * settings left unset take the defaults of `reviewSettingsOf` (domain/review-settings.ts).
 */
export interface CompetitionRecord extends Partial<ReviewSettings> {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  countries: string[];
  tracks: Track[];
  timeZone: string;
  calendar: CompetitionCalendar;
  /** Organisers and jurors must sign in with a second factor (TOTP) to act on it. */
  requireSecondFactor?: boolean;
  /** Reviews each eligible application gets (k); 3 when not set. */
  reviewsPerApplication?: number;
  rubric?: Rubric;
  quotas?: Quota[];
  /** The current application form's version; every version is kept (see saveForm). */
  formVersion?: number;
  /** A phase set by hand; it wins over the calendar until cleared. */
  phaseOverride?: PhaseOverride;
  /** Absent while the organisers are still setting the competition up. */
  publishedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic concurrency: every write must name the version it read. */
  version: number;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface CompetitionRepository {
  /**
   * Creates a competition; fails if the id exists. With `form`, its first form version is stored
   * in the same transaction, so the competition never exists without the form it was created with.
   */
  create(record: CompetitionRecord, form?: FormDefinition): Promise<void>;
  get(id: string): Promise<CompetitionRecord | undefined>;
  /** Replaces the record if the stored version is `expectedVersion`; a version conflict otherwise. */
  update(record: CompetitionRecord, expectedVersion: number): Promise<void>;
  /**
   * Stores a new form version for good and points the competition at it, in one transaction
   * guarded by the competition's version. Applications keep answering the version they began.
   */
  saveForm(record: CompetitionRecord, expectedVersion: number, form: FormDefinition): Promise<void>;
  getForm(competitionId: string, version: number): Promise<FormDefinition | undefined>;
  /** Published competitions, newest call first. */
  listPublished(options: { limit: number; cursor?: string }): Promise<Page<CompetitionRecord>>;
}
