import { z } from 'zod';

/** The languages the platform speaks. Order matters: it is the fallback order for display. */
export const locales = ['en', 'ru', 'kk'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

/**
 * Text given in one or more of the platform's languages.
 * @example { en: 'Volunteering', ru: 'Волонтёрство' }
 */
export const LocalizedText = z
  .object({
    en: z.string().trim().min(1).max(4000).optional(),
    ru: z.string().trim().min(1).max(4000).optional(),
    kk: z.string().trim().min(1).max(4000).optional(),
  })
  .strict()
  .refine((text) => locales.some((locale) => text[locale] !== undefined), {
    message: 'Give the text in at least one language',
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Opaque identifiers: time-sortable, URL-safe. */
export const Id = z
  .string()
  .regex(/^[0-9A-Za-z_-]{6,64}$/, 'Must be 6–64 letters, digits, "-" or "_"');

/** ISO 3166-1 alpha-2 country code, upper case. */
export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Must be a two-letter country code such as KZ');

/** An instant, always stored and sent in UTC (ISO 8601 with an offset). */
export const Instant = z.iso.datetime({ offset: true });

/** An IANA time zone such as Asia/Almaty, used only for display. */
export const TimeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Must be an IANA time zone such as Europe/Moscow' },
);

/** One field-level problem in an RFC 9457 problem document. */
export const FieldError = z.object({
  /** JSON pointer-like dotted path to the offending field, e.g. `body.email`. */
  field: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** RFC 9457 problem details, with Laureate's extension members. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** Stable machine-readable code, e.g. `request/invalid`. */
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(FieldError).optional(),
});
export type Problem = z.infer<typeof Problem>;
