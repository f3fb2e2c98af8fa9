import type { Locale } from '@laureate/schemas';

/**
 * Every email the platform sends, in the three languages, sent in the recipient's language.
 * Plain text only: it reads well in every client and on a weak connection.
 */
export interface RenderedEmail {
  subject: string;
  text: string;
}

export type Template<P> = Record<Locale, (params: P) => RenderedEmail>;

const signature: Record<Locale, string> = {
  en: '— Laureate, the competition platform',
  ru: '— Laureate, платформа конкурсов',
  kk: '— Laureate, конкурстар платформасы',
};

export const withSignature = (locale: Locale, lines: string[]): string =>
  [...lines, '', signature[locale]].join('\n');

export const verifyEmail: Template<{ name: string; link: string }> = {
  en: ({ name, link }) => ({
    subject: 'Confirm your email address',
    text: withSignature('en', [
      `Hello ${name},`,
      '',
      'Open this link to confirm your email address:',
      link,
      '',
      'The link works once and expires in 30 minutes. If you did not sign up, ignore this email.',
    ]),
  }),
  ru: ({ name, link }) => ({
    subject: 'Подтвердите адрес электронной почты',
    text: withSignature('ru', [
      `Здравствуйте, ${name}!`,
      '',
      'Чтобы подтвердить адрес электронной почты, откройте ссылку:',
      link,
      '',
      'Ссылка действует один раз в течение 30 минут. Если вы не регистрировались, просто проигнорируйте это письмо.',
    ]),
  }),
  kk: ({ name, link }) => ({
    subject: 'Электрондық пошта мекенжайын растаңыз',
    text: withSignature('kk', [
      `Сәлеметсіз бе, ${name}!`,
      '',
      'Электрондық пошта мекенжайын растау үшін сілтемені ашыңыз:',
      link,
      '',
      'Сілтеме бір рет және 30 минут ішінде жарамды. Егер сіз тіркелмесеңіз, бұл хатты елемеңіз.',
    ]),
  }),
};

export const accountExists: Template<{ name: string; resetLink: string }> = {
  en: ({ name, resetLink }) => ({
    subject: 'Someone tried to sign up with your email',
    text: withSignature('en', [
      `Hello ${name},`,
      '',
      'Someone (perhaps you) tried to create a new account with this email address, which already has one.',
      'If you forgot your password, you can choose a new one here:',
      resetLink,
      '',
      'If it was not you, no action is needed.',
    ]),
  }),
  ru: ({ name, resetLink }) => ({
    subject: 'Попытка регистрации с вашим адресом',
    text: withSignature('ru', [
      `Здравствуйте, ${name}!`,
      '',
      'Кто-то (возможно, вы) пытался создать новую учётную запись с этим адресом, но она уже существует.',
      'Если вы забыли пароль, задайте новый по ссылке:',
      resetLink,
      '',
      'Если это были не вы, ничего делать не нужно.',
    ]),
  }),
  kk: ({ name, resetLink }) => ({
    subject: 'Сіздің мекенжайыңызбен тіркелу әрекеті',
    text: withSignature('kk', [
      `Сәлеметсіз бе, ${name}!`,
      '',
      'Біреу (мүмкін, сіз) осы мекенжаймен жаңа тіркелгі жасауға тырысты, бірақ ол бұрыннан бар.',
      'Құпиясөзді ұмытсаңыз, жаңасын мына сілтеме арқылы орнатыңыз:',
      resetLink,
      '',
      'Егер бұл сіз болмасаңыз, ештеңе істеудің қажеті жоқ.',
    ]),
  }),
};

export const resetPassword: Template<{ name: string; link: string }> = {
  en: ({ name, link }) => ({
    subject: 'Choose a new password',
    text: withSignature('en', [
      `Hello ${name},`,
      '',
      'Open this link to choose a new password:',
      link,
      '',
      'The link works once and expires in 30 minutes. If you did not ask for it, ignore this email: your password stays as it is.',
    ]),
  }),
  ru: ({ name, link }) => ({
    subject: 'Новый пароль',
    text: withSignature('ru', [
      `Здравствуйте, ${name}!`,
      '',
      'Чтобы задать новый пароль, откройте ссылку:',
      link,
      '',
      'Ссылка действует один раз в течение 30 минут. Если вы не запрашивали смену пароля, проигнорируйте письмо: пароль останется прежним.',
    ]),
  }),
  kk: ({ name, link }) => ({
    subject: 'Жаңа құпиясөз',
    text: withSignature('kk', [
      `Сәлеметсіз бе, ${name}!`,
      '',
      'Жаңа құпиясөз орнату үшін сілтемені ашыңыз:',
      link,
      '',
      'Сілтеме бір рет және 30 минут ішінде жарамды. Егер сіз сұрамасаңыз, хатты елемеңіз: құпиясөз өзгермейді.',
    ]),
  }),
};

export const passwordChanged: Template<{ name: string }> = {
  en: ({ name }) => ({
    subject: 'Your password was changed',
    text: withSignature('en', [
      `Hello ${name},`,
      '',
      'The password of your account was just changed, and every session was signed out.',
      'If this was not you, reset your password at once and tell the organisers.',
    ]),
  }),
  ru: ({ name }) => ({
    subject: 'Пароль изменён',
    text: withSignature('ru', [
      `Здравствуйте, ${name}!`,
      '',
      'Пароль вашей учётной записи только что изменён, все сеансы завершены.',
      'Если это были не вы, немедленно смените пароль и сообщите организаторам.',
    ]),
  }),
  kk: ({ name }) => ({
    subject: 'Құпиясөз өзгертілді',
    text: withSignature('kk', [
      `Сәлеметсіз бе, ${name}!`,
      '',
      'Тіркелгіңіздің құпиясөзі жаңа ғана өзгертілді, барлық сеанстар аяқталды.',
      'Егер бұл сіз болмасаңыз, құпиясөзді дереу өзгертіп, ұйымдастырушыларға хабарлаңыз.',
    ]),
  }),
};

export const organisationInvitation: Template<{
  inviter: string;
  organisation: string;
  link: string;
}> = {
  en: ({ inviter, organisation, link }) => ({
    subject: `${inviter} invites you to join ${organisation}`,
    text: withSignature('en', [
      `${inviter} invites you to join ${organisation} on Laureate, to prepare and submit applications together.`,
      '',
      'Accept the invitation here (sign up first if you have no account yet):',
      link,
      '',
      'The invitation works once and expires in 7 days.',
    ]),
  }),
  ru: ({ inviter, organisation, link }) => ({
    subject: `${inviter} приглашает вас в организацию «${organisation}»`,
    text: withSignature('ru', [
      `${inviter} приглашает вас в организацию «${organisation}» на платформе Laureate, чтобы вместе готовить и подавать заявки.`,
      '',
      'Принять приглашение (если у вас ещё нет учётной записи, сначала зарегистрируйтесь):',
      link,
      '',
      'Приглашение действует один раз в течение 7 дней.',
    ]),
  }),
  kk: ({ inviter, organisation, link }) => ({
    subject: `${inviter} сізді «${organisation}» ұйымына шақырады`,
    text: withSignature('kk', [
      `${inviter} сізді Laureate платформасындағы «${organisation}» ұйымына өтінімдерді бірге дайындап, беру үшін шақырады.`,
      '',
      'Шақыруды қабылдау (тіркелгіңіз болмаса, алдымен тіркеліңіз):',
      link,
      '',
      'Шақыру бір рет және 7 күн ішінде жарамды.',
    ]),
  }),
};

export const jurorInvitation: Template<{ inviter: string; competition: string; link: string }> = {
  en: ({ inviter, competition, link }) => ({
    subject: `Invitation to the jury of ${competition}`,
    text: withSignature('en', [
      `${inviter} invites you to serve on the jury of "${competition}".`,
      '',
      'Accept the invitation and complete your juror profile here (sign up first if you have no account yet):',
      link,
      '',
      'The invitation works once and expires in 7 days.',
    ]),
  }),
  ru: ({ inviter, competition, link }) => ({
    subject: `Приглашение в жюри конкурса «${competition}»`,
    text: withSignature('ru', [
      `${inviter} приглашает вас войти в состав жюри конкурса «${competition}».`,
      '',
      'Примите приглашение и заполните профиль эксперта (если у вас ещё нет учётной записи, сначала зарегистрируйтесь):',
      link,
      '',
      'Приглашение действует один раз в течение 7 дней.',
    ]),
  }),
  kk: ({ inviter, competition, link }) => ({
    subject: `«${competition}» конкурсының қазылар алқасына шақыру`,
    text: withSignature('kk', [
      `${inviter} сізді «${competition}» конкурсының қазылар алқасына шақырады.`,
      '',
      'Шақыруды қабылдап, сарапшы профилін толтырыңыз (тіркелгіңіз болмаса, алдымен тіркеліңіз):',
      link,
      '',
      'Шақыру бір рет және 7 күн ішінде жарамды.',
    ]),
  }),
};

export const submissionReceipt: Template<{
  title: string;
  submittedAt: string;
  hash: string;
  link: string;
}> = {
  en: ({ title, submittedAt, hash, link }) => ({
    subject: `Receipt: "${title}" was submitted`,
    text: withSignature('en', [
      `Your application "${title}" was submitted on ${submittedAt} (UTC).`,
      `Fingerprint of the submitted content: ${hash}`,
      '',
      'You can read it here:',
      link,
      '',
      'Until the deadline you can withdraw it, or reopen it and submit again.',
    ]),
  }),
  ru: ({ title, submittedAt, hash, link }) => ({
    subject: `Квитанция: заявка «${title}» подана`,
    text: withSignature('ru', [
      `Ваша заявка «${title}» подана ${submittedAt} (UTC).`,
      `Отпечаток поданного содержания: ${hash}`,
      '',
      'Посмотреть заявку:',
      link,
      '',
      'До окончания приёма заявок её можно отозвать или открыть снова и подать повторно.',
    ]),
  }),
  kk: ({ title, submittedAt, hash, link }) => ({
    subject: `Түбіртек: «${title}» өтінімі берілді`,
    text: withSignature('kk', [
      `Сіздің «${title}» өтініміңіз ${submittedAt} (UTC) берілді.`,
      `Берілген мазмұнның іздері: ${hash}`,
      '',
      'Өтінімді қарау:',
      link,
      '',
      'Өтінім қабылдау аяқталғанға дейін оны кері қайтаруға немесе қайта ашып, қайта беруге болады.',
    ]),
  }),
};

/**
 * A reminder to a juror with reviews left. `deadline` is already written out in the
 * competition's time zone; `overdue` when it has passed.
 */
export const reviewReminder: Template<{
  name: string;
  competition: string;
  unfinished: number;
  deadline: string;
  overdue: boolean;
  link: string;
}> = {
  en: ({ name, competition, unfinished, deadline, overdue, link }) => ({
    subject: overdue
      ? `Your reviews for ${competition} are overdue`
      : `Reminder: reviews for ${competition} are due ${deadline}`,
    text: withSignature('en', [
      `Hello ${name},`,
      '',
      overdue
        ? `Your review deadline for "${competition}" passed on ${deadline}, and ${unfinished} of your reviews are not submitted yet.`
        : `You have ${unfinished} review${unfinished === 1 ? '' : 's'} left to submit for "${competition}" before ${deadline}.`,
      '',
      'Your queue:',
      link,
      '',
      overdue
        ? 'If you need more time, reply to the organisers: they can extend your deadline.'
        : 'Drafts save as you type; submit each review when it is ready.',
    ]),
  }),
  ru: ({ name, competition, unfinished, deadline, overdue, link }) => ({
    subject: overdue
      ? `Срок экспертизы конкурса «${competition}» истёк`
      : `Напоминание: экспертиза конкурса «${competition}» до ${deadline}`,
    text: withSignature('ru', [
      `Здравствуйте, ${name}!`,
      '',
      overdue
        ? `Срок экспертизы конкурса «${competition}» истёк ${deadline}, а неотправленных оценок у вас осталось: ${unfinished}.`
        : `До ${deadline} вам осталось отправить оценок по конкурсу «${competition}»: ${unfinished}.`,
      '',
      'Ваш список заявок:',
      link,
      '',
      overdue
        ? 'Если вам нужно больше времени, напишите организаторам: они могут продлить ваш срок.'
        : 'Черновики сохраняются автоматически; отправляйте каждую оценку, когда она готова.',
    ]),
  }),
  kk: ({ name, competition, unfinished, deadline, overdue, link }) => ({
    subject: overdue
      ? `«${competition}» конкурсы бойынша сараптама мерзімі өтті`
      : `Еске салу: «${competition}» конкурсының сараптамасы ${deadline} дейін`,
    text: withSignature('kk', [
      `Сәлеметсіз бе, ${name}!`,
      '',
      overdue
        ? `«${competition}» конкурсы бойынша сараптама мерзімі ${deadline} өтті, ал сізде жіберілмеген бағалар саны: ${unfinished}.`
        : `${deadline} дейін «${competition}» конкурсы бойынша жіберуге қалған бағаларыңыз: ${unfinished}.`,
      '',
      'Сіздің өтінімдер тізіміңіз:',
      link,
      '',
      overdue
        ? 'Қосымша уақыт қажет болса, ұйымдастырушыларға жазыңыз: олар мерзіміңізді ұзарта алады.'
        : 'Бағаларыңыз жазған сайын автоматты түрде сақталады; әрқайсысын дайын болғанда жіберіңіз.',
    ]),
  }),
};
