import type { Locale } from '@laureate/schemas';

export interface EmailMessage {
  to: string;
  locale: Locale;
  subject: string;
  text: string;
  /** The one action the message asks for, kept apart so the local outbox can show it as a link. */
  link?: string;
}

/** One interface, two adapters: Amazon SES on AWS, a database outbox in local mode. */
export interface Mailer {
  send(message: EmailMessage): Promise<void>;
}
