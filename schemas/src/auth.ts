import { z } from 'zod';
import { Id, Locale } from './common.ts';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter an email address such as name@example.org' }).max(254));

export const SignInRequest = z
  .object({
    email: Email,
    password: z.string().min(1, 'Enter your password').max(1024),
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
});
export type Me = z.infer<typeof Me>;
