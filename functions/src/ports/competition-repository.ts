import type { CompetitionCalendar, LocalizedText, Track } from '@laureate/schemas';

/** A competition as stored: configuration only; the phase is derived from the calendar. */
export interface CompetitionRecord {
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  countries: string[];
  tracks: Track[];
  timeZone: string;
  calendar: CompetitionCalendar;
  /** Organisers and jurors must sign in with a second factor (TOTP) to act on it. */
  requireSecondFactor?: boolean;
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
  /** Creates a competition; fails if the id exists. */
  create(record: CompetitionRecord): Promise<void>;
  get(id: string): Promise<CompetitionRecord | undefined>;
  /** Published competitions, newest call first. */
  listPublished(options: { limit: number; cursor?: string }): Promise<Page<CompetitionRecord>>;
}
