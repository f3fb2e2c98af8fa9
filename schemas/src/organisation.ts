import { z } from 'zod';
import { CountryCode, Id, Locale, LocalizedText } from './common.ts';
import { Email } from './auth.ts';

const ShortText = z.string().trim().min(1).max(200);

/** What an organisation's members may set. Id, owner and membership are never in here. */
export const OrganisationProfileInput = z
  .object({
    name: LocalizedText,
    legalForm: ShortText,
    country: CountryCode,
    region: ShortText,
    city: ShortText,
    website: z
      .url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' })
      .max(500)
      .optional(),
    description: LocalizedText.optional(),
    themes: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    workingLanguages: z.array(Locale).min(1).max(3),
    listedInDirectory: z.boolean().default(false),
  })
  .strict();
export type OrganisationProfileInput = z.infer<typeof OrganisationProfileInput>;

export const UpdateOrganisationRequest = OrganisationProfileInput.partial()
  .extend({ version: z.number().int().min(1) })
  .strict();

export const Organisation = z.object({
  id: Id,
  name: LocalizedText,
  legalForm: z.string(),
  country: CountryCode,
  region: z.string(),
  city: z.string(),
  website: z.string().optional(),
  description: LocalizedText.optional(),
  themes: z.array(z.string()),
  workingLanguages: z.array(Locale),
  listedInDirectory: z.boolean(),
  /** Set while the organisation has a logo; changes with each new one (use it to bust caches). */
  logoUpdatedAt: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Organisation = z.infer<typeof Organisation>;

/** The public directory shows the profile, never the members. */
export const DirectoryEntry = Organisation.omit({
  version: true,
  createdAt: true,
  updatedAt: true,
});
export const DirectoryQuery = z.object({
  country: CountryCode,
  cursor: z.string().max(2048).optional(),
});
export const DirectoryPage = z.object({
  items: z.array(DirectoryEntry),
  nextCursor: z.string().optional(),
});

export const MemberRole = z.enum(['owner', 'member']);
export const Member = z.object({
  userId: Id,
  displayName: z.string(),
  email: z.string(),
  role: MemberRole,
  joinedAt: z.string(),
});
export const MemberList = z.object({ items: z.array(Member) });
export type Member = z.infer<typeof Member>;

export const InviteMemberRequest = z
  .object({ email: Email, role: MemberRole.default('member'), locale: Locale.optional() })
  .strict();
export const Invitation = z.object({
  email: z.string(),
  role: z.string(),
  expiresAt: z.string(),
});
export const AcceptOrganisationInvitationRequest = z
  .object({ token: z.string().regex(/^[\w-]{43}$/) })
  .strict();

export const OrganisationIdParams = z.object({ organisationId: Id });
export const MemberParams = z.object({ organisationId: Id, userId: Id });

export type MemberList = z.infer<typeof MemberList>;
export type DirectoryPage = z.infer<typeof DirectoryPage>;
export type Invitation = z.infer<typeof Invitation>;

/** A logo as base64: PNG, JPEG or WebP, at most 200 KB; the server checks the real type. */
export const UploadLogoRequest = z
  .object({
    dataBase64: z
      .string()
      .max(280_000, 'The logo must be at most 200 KB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
  })
  .strict();
