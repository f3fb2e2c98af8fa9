import { z } from 'zod';
import { CountryCode, Id } from './common.ts';
import { JurorProfile } from './competition-admin.ts';

/**
 * The jury pool and conflicts of interest (docs/jury.md). A juror's profile is theirs to edit;
 * load bounds and availability are the organisers'. Conflicts come from three sources: computed
 * from organisation membership and affiliation ("automatic"), declared by the juror, or declared
 * by an organiser. Only the last two are stored.
 */

/** Who declared a stored conflict. */
export const ConflictSource = z.enum(['juror', 'organiser']);
export type ConflictSource = z.infer<typeof ConflictSource>;

/** A declared conflict of interest, as stored: one per application, juror and source. */
export const ConflictRecord = z.object({
  competitionId: Id,
  applicationId: Id,
  jurorId: Id,
  source: ConflictSource,
  reason: z.string().optional(),
  declaredBy: Id,
  declaredAt: z.string(),
});
export type ConflictRecord = z.infer<typeof ConflictRecord>;

const ConflictReasonText = z.string().trim().max(500);

/** A juror's or an organiser's declaration; the reason is optional and only organisers read it. */
export const DeclareConflictRequest = z.object({ reason: ConflictReasonText.optional() }).strict();
export type DeclareConflictRequest = z.infer<typeof DeclareConflictRequest>;

/** A juror's wish to review an application, when the competition has bidding on. */
export const Bid = z.enum(['want', 'willing', 'not']);
export type Bid = z.infer<typeof Bid>;

export const BidRecord = z.object({
  competitionId: Id,
  jurorId: Id,
  applicationId: Id,
  bid: Bid,
  updatedAt: z.string(),
});
export type BidRecord = z.infer<typeof BidRecord>;

export const PlaceBidRequest = z.object({ bid: Bid }).strict();

/** A juror's load bound: how many applications they review in this competition. */
const Load = z.number().int().min(0).max(1000);

/** What the organisers set for one juror; send the version you read. */
export const UpdateJurorRequest = z
  .object({
    maxLoad: Load.optional(),
    /** null removes the lower bound. */
    minLoad: Load.nullable().optional(),
    available: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UpdateJurorRequest = z.infer<typeof UpdateJurorRequest>;

/** A juror's own profile edit: any fields of the profile, with the version read. */
export const UpdateOwnJurorProfileRequest = JurorProfile.partial()
  .extend({
    /** null: no longer affiliated with an organisation on the platform. */
    affiliationOrganisationId: Id.nullable().optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UpdateOwnJurorProfileRequest = z.infer<typeof UpdateOwnJurorProfileRequest>;

/** A juror's standing in the pool: profile, load bounds (defaults filled in) and availability. */
export const JurorStanding = z.object({
  userId: Id,
  profile: JurorProfile.optional(),
  maxLoad: z.number().int(),
  minLoad: z.number().int(),
  available: z.boolean(),
  version: z.number().int(),
});
export type JurorStanding = z.infer<typeof JurorStanding>;

/** One juror in the organisers' pool table. */
export const JuryPoolEntry = JurorStanding.extend({
  displayName: z.string(),
  email: z.string(),
  /** Whether the organisers set the maximum load, or it is the default. */
  maxLoadSet: z.boolean(),
  /** Applications the juror is in conflict with, from every source. */
  conflicts: z.number().int(),
  /** Present once assignments exist. */
  assigned: z.number().int().optional(),
  reviewsSubmitted: z.number().int().optional(),
  since: z.string(),
});
export type JuryPoolEntry = z.infer<typeof JuryPoolEntry>;

export const JuryPool = z.object({
  items: z.array(JuryPoolEntry),
  bidding: z.boolean(),
});
export type JuryPool = z.infer<typeof JuryPool>;

/** An organisation named on an application, as a juror sees it before assignment. */
export const DeclarationOrganisation = z.object({
  organisationId: Id,
  name: z.string(),
  country: CountryCode.optional(),
  role: z.enum(['lead', 'co_applicant', 'partner']),
});

/**
 * One application on a juror's declaration page: title and organisations only, never answers.
 * `conflict` tells which sources already put the juror in conflict; organisers' reasons stay
 * with the organisers.
 */
export const DeclarationItem = z.object({
  applicationId: Id,
  title: z.string(),
  trackId: Id,
  organisations: z.array(DeclarationOrganisation),
  conflict: z.object({
    declared: z.boolean(),
    reason: z.string().optional(),
    byOrganiser: z.boolean(),
    automatic: z.boolean(),
  }),
  bid: Bid.optional(),
});
export type DeclarationItem = z.infer<typeof DeclarationItem>;

export const ConflictDeclaration = z.object({
  bidding: z.boolean(),
  items: z.array(DeclarationItem),
});
export type ConflictDeclaration = z.infer<typeof ConflictDeclaration>;

/** Why a juror is in conflict with an application; automatic causes name the organisation. */
export const ConflictCauseView = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('automatic'),
    via: z.enum(['membership', 'affiliation']),
    organisationId: Id,
    organisationName: z.string().optional(),
  }),
  z.object({
    source: ConflictSource,
    reason: z.string().optional(),
    declaredBy: Id,
    declaredAt: z.string(),
  }),
]);
export type ConflictCauseView = z.infer<typeof ConflictCauseView>;

export const ConflictView = z.object({
  applicationId: Id,
  applicationTitle: z.string(),
  jurorId: Id,
  jurorName: z.string(),
  causes: z.array(ConflictCauseView),
});
export type ConflictView = z.infer<typeof ConflictView>;

export const ConflictList = z.object({ items: z.array(ConflictView) });
export type ConflictList = z.infer<typeof ConflictList>;

export const JurorParams = z.object({ competitionId: Id, userId: Id });
export const CompetitionApplicationJurorParams = z.object({
  competitionId: Id,
  applicationId: Id,
  userId: Id,
});
