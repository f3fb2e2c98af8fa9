import { z } from 'zod';
import { Id, Locale } from './common.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter an email address such as name@example.org' }).max(254));

/**
 * New passwords: long rather than complex (NIST SP 800-63B §3.1.1.2); no composition rules,
 * a length floor, and a refusal of the most common choices (checked on the server).
 */
export const NewPassword = z
  .string()
  .min(10, 'Use at least 10 characters')
  .max(256, 'Use at most 256 characters');

export const TotpCode = z
  .string()
  .regex(/^\d{6}$/, 'Enter the 6-digit code from your authenticator app');

export const SignInRequest = z
  .object({
    email: Email,
    password: z.string().min(1, 'Enter your password').max(1024),
    /** Required when the account has two-factor sign-in turned on. */
    totpCode: TotpCode.optional(),
  })
  .strict();
export type SignInRequest = z.infer<typeof SignInRequest>;

/** A role the caller holds, scoped to what it applies to. */
export const RoleGrant = z.discriminatedUnion('role', [
  z.object({ role: z.literal('admin') }),
  z.object({ role: z.literal('organiser'), competitionId: Id }),
  z.object({ role: z.literal('juror'), competitionId: Id }),
  z.object({ role: z.literal('member'), organisationId: Id, owner: z.boolean() }),
]);
export type RoleGrant = z.infer<typeof RoleGrant>;

export const Me = z.object({
  userId: Id,
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  roles: z.array(RoleGrant),
  totpEnabled: z.boolean(),
  /** Whether this session passed the second factor. */
  secondFactor: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const DisplayName = z.string().trim().min(1, 'Enter your name').max(120);

export const RegisterRequest = z
  .object({ email: Email, password: NewPassword, displayName: DisplayName, locale: Locale })
  .strict();
export type RegisterRequest = z.infer<typeof RegisterRequest>;

/** Tokens from emailed links: 43 base64url characters (256 bits). */
export const EmailToken = z
  .string()
  .regex(/^[\w-]{43}$/, 'This link is not complete: open it from the email again');

export const VerifyEmailRequest = z.object({ token: EmailToken }).strict();
export const PasswordResetRequest = z.object({ email: Email }).strict();
export const PasswordResetConfirmRequest = z
  .object({ token: EmailToken, password: NewPassword })
  .strict();
export const ResendVerificationRequest = z.object({ email: Email }).strict();

/** The answer to requests whose outcome must not reveal whether an email is registered. */
export const Accepted = z.object({ message: z.string() });

export const UpdateAccountRequest = z
  .object({
    displayName: DisplayName.optional(),
    locale: Locale.optional(),
    version: z.number().int().min(1),
  })
  .strict();

export const SessionInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  userAgent: z.string().optional(),
  current: z.boolean(),
  secondFactor: z.boolean(),
});
export const SessionList = z.object({ items: z.array(SessionInfo) });
export type SessionInfo = z.infer<typeof SessionInfo>;

export const TotpSetup = z.object({
  /** Base32 secret, for typing into an authenticator app. */
  secret: z.string(),
  /** otpauth:// URI, for a QR code. */
  uri: z.string(),
});
export const TotpConfirmRequest = z.object({ code: TotpCode }).strict();
export const TotpDisableRequest = z
  .object({ code: TotpCode, password: z.string().min(1).max(1024) })
  .strict();

export const Account = z.object({
  userId: Id,
  email: z.string(),
  displayName: z.string(),
  locale: Locale,
  emailVerified: z.boolean(),
  totpEnabled: z.boolean(),
  version: z.number().int(),
});
export type Account = z.infer<typeof Account>;

export type SessionList = z.infer<typeof SessionList>;
export type TotpSetup = z.infer<typeof TotpSetup>;
export type Accepted = z.infer<typeof Accepted>;
