import type { Locale } from '@laureate/schemas';
import { withSignature, type Template } from './email-templates.ts';

/**
 * The automatic reminder a juror gets a few days before their review deadline
 * (jobs/review-reminders.ts), in their language. Organisers' one-click reminders use
 * `reviewReminder` in email-templates.ts.
 */

export interface AutomaticReminderParams {
  name: string;
  competition: string;
  unfinished: number;
  /** The deadline as written by `writtenDeadline`. */
  deadline: string;
  /** Whole days left (domain `daysLeft`); 0 means less than a day. */
  daysLeft: number;
  /** The deadline is an extension the organisers granted this juror. */
  extended: boolean;
  link: string;
}

/**
 * A deadline as a juror reads it: in their language and the competition's time zone, which is
 * named, so nobody has to guess whose clock it is.
 *
 * @example writtenDeadline('2027-05-01T13:00:00Z', 'en', 'Asia/Almaty') // 'May 1, 2027 at 6:00 PM (Asia/Almaty)'
 */
export function writtenDeadline(at: string, locale: Locale, timeZone: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(at));
  return `${text} (${timeZone})`;
}

/**
 * The juror's review queue in the web app (web/src/routes/(account)/competitions/[c]/reviews/mine),
 * where every reminder sends them.
 *
 * @example reviewQueueLink('https://laureate.example', 'comp-1') // 'https://laureate.example/competitions/comp-1/reviews/mine'
 */
export function reviewQueueLink(publicUrl: string, competitionId: string): string {
  return `${publicUrl}/competitions/${encodeURIComponent(competitionId)}/reviews/mine`;
}

/** Russian plural: 1 день, 2 дня, 5 дней, 21 день. */
function russianDays(count: number): string {
  const tens = count % 100;
  const units = count % 10;
  if (tens >= 11 && tens <= 14) return `${count} дней`;
  if (units === 1) return `${count} день`;
  if (units >= 2 && units <= 4) return `${count} дня`;
  return `${count} дней`;
}

export const automaticReviewReminder: Template<AutomaticReminderParams> = {
  en: ({ name, competition, unfinished, deadline, daysLeft, extended, link }) => {
    const when =
      daysLeft === 0 ? 'in less than a day' : `in ${daysLeft} day${daysLeft === 1 ? '' : 's'}`;
    return {
      subject: `Reminder: your reviews for ${competition} are due ${when}`,
      text: withSignature('en', [
        `Hello ${name},`,
        '',
        `This is an automatic reminder: your review deadline for "${competition}" is ${deadline}, ${when}.`,
        `You have ${unfinished} review${unfinished === 1 ? '' : 's'} left to submit.`,
        ...(extended ? ['This is the new deadline the organisers gave you.'] : []),
        '',
        'Your queue:',
        link,
        '',
        'Drafts save as you type; submit each review when it is ready. If you need more time, write to the organisers: they can extend your deadline.',
      ]),
    };
  },
  ru: ({ name, competition, unfinished, deadline, daysLeft, extended, link }) => {
    const when = daysLeft === 0 ? 'менее чем через сутки' : `через ${russianDays(daysLeft)}`;
    return {
      subject: `Напоминание: срок экспертизы конкурса «${competition}» истекает ${when}`,
      text: withSignature('ru', [
        `Здравствуйте, ${name}!`,
        '',
        `Это автоматическое напоминание: срок экспертизы конкурса «${competition}» истекает ${deadline}, то есть ${when}.`,
        `Вам осталось отправить оценок: ${unfinished}.`,
        ...(extended ? ['Это новый срок, который вам назначили организаторы.'] : []),
        '',
        'Ваш список заявок:',
        link,
        '',
        'Черновики сохраняются автоматически; отправляйте каждую оценку, когда она готова. Если вам нужно больше времени, напишите организаторам: они могут продлить ваш срок.',
      ]),
    };
  },
  kk: ({ name, competition, unfinished, deadline, daysLeft, extended, link }) => {
    const left = daysLeft === 0 ? 'бір тәуліктен аз уақыт қалды' : `${daysLeft} күн қалды`;
    return {
      subject: `Еске салу: «${competition}» конкурсының сараптама мерзіміне ${left}`,
      text: withSignature('kk', [
        `Сәлеметсіз бе, ${name}!`,
        '',
        `Бұл автоматты еске салу: «${competition}» конкурсы бойынша сараптама мерзімі ${deadline} аяқталады (${left}).`,
        `Сізде жіберілмеген бағалар саны: ${unfinished}.`,
        ...(extended ? ['Бұл — ұйымдастырушылар сізге белгілеген жаңа мерзім.'] : []),
        '',
        'Сіздің өтінімдер тізіміңіз:',
        link,
        '',
        'Бағаларыңыз жазған сайын автоматты түрде сақталады; әрқайсысын дайын болғанда жіберіңіз. Қосымша уақыт қажет болса, ұйымдастырушыларға жазыңыз: олар мерзіміңізді ұзарта алады.',
      ]),
    };
  },
};
