import type {
  CompetitionCalendar,
  Confidence,
  CriterionScores,
  LocalizedText,
  Locale,
  Recommendation,
  ReviewSettings,
  Rubric,
  Track,
} from '@laureate/schemas';

/**
 * The shape of the demo data seeded in local mode only. Dates are given as offsets in days
 * from the moment of seeding, so the demo competition is always open when someone tries it.
 */
export interface DemoData {
  competitions: DemoCompetition[];
  organisations: DemoOrganisation[];
  users: DemoUser[];
  applications: DemoApplication[];
  /** Conflicts of interest declared before assignment (automatic ones are computed). */
  conflicts?: DemoConflict[];
  /** Jurors assigned to applications of a competition under review. */
  assignments?: DemoAssignment[];
  /** Reviews saved or submitted; totals are computed by the seed, as the API does. */
  reviews?: DemoReview[];
}

export interface DemoAssignment {
  competitionId: string;
  applicationId: string;
  jurorId: string;
  source: 'solver' | 'manual' | 'divergence';
  /** Days from seeding. */
  assignedOffsetDays: number;
}

export interface DemoReview {
  competitionId: string;
  applicationId: string;
  jurorId: string;
  status: 'draft' | 'submitted';
  scores: CriterionScores;
  overallComment: string;
  recommendation?: Recommendation;
  confidence?: Confidence;
  /** Days from seeding. */
  savedOffsetDays: number;
}

export interface DemoConflict {
  competitionId: string;
  applicationId: string;
  jurorId: string;
  source: 'juror' | 'organiser';
  declaredBy: string;
  reason?: string;
  /** Days from seeding. */
  declaredOffsetDays: number;
}

export interface DemoCompetition {
  /** Stable, readable id: `demo-...`. */
  id: string;
  title: LocalizedText;
  summary: LocalizedText;
  countries: string[];
  tracks: Track[];
  timeZone: string;
  /** Days from seeding for each deadline; negative means in the past. */
  calendarOffsetsDays: Record<keyof CompetitionCalendar, number>;
  published: boolean;
  rubric?: Rubric;
  reviewsPerApplication?: number;
  reviewSettings?: Partial<ReviewSettings>;
}

export interface DemoOrganisation {
  id: string;
  name: LocalizedText;
  legalForm: string;
  country: 'RU' | 'KZ';
  region: string;
  city: string;
  website?: string;
  description: LocalizedText;
  /** Track ids of the main demo competition this organisation works in. */
  themes: string[];
  workingLanguages: Locale[];
  listedInDirectory: boolean;
}

export type DemoRole =
  | { role: 'admin' }
  | { role: 'organiser'; competitionId: string }
  | {
      role: 'juror';
      competitionId: string;
      affiliation: string;
      affiliationKind: 'state_body' | 'public_organisation';
      country: 'RU' | 'KZ';
      expertise: string[];
      languages: Locale[];
      /** An organisation of the demo data the juror belongs to: an automatic conflict. */
      affiliationOrganisationId?: string;
      /** Set by the organisers: load bounds and availability (docs/jury.md). */
      maxLoad?: number;
      minLoad?: number;
      available?: boolean;
    }
  | { role: 'member'; organisationId: string; owner: boolean };

export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: DemoRole[];
}

export interface DemoApplication {
  id: string;
  competitionId: string;
  trackId: string;
  organisationId: string;
  /** Partner organisations across the border, for joint applications. */
  partnerOrganisationIds: string[];
  /** `eligible` and `in_review` ones were submitted and found eligible in screening. */
  status: 'draft' | 'submitted' | 'eligible' | 'in_review';
  /** Days from seeding. */
  createdOffsetDays: number;
  submittedOffsetDays?: number;
  title: LocalizedText;
  answers: {
    problem: string;
    targetGroup: string;
    activities: string;
    partnersAcrossBorder: string;
    expectedResults: string;
    /** Requested amount in the competition's currency unit (roubles or tenge as text). */
    budgetTotal: number;
    budgetCurrency: 'RUB' | 'KZT';
  };
  /** The language the answers are written in. */
  answersLocale: Locale;
  /** Files in the form's `attachments` field, kept as a checked upload would be. */
  files?: DemoFile[];
}

/** A file attached to a demo application. */
export interface DemoFile {
  /** The attachment id, stable: `att-demo-...`. */
  id: string;
  /** The name as the applicant's computer had it. */
  name: string;
  /** The type the applicant's browser declared; the seed checks the bytes agree. */
  declaredType: string;
  bytes: Uint8Array;
}
