import { afterEach, describe, expect, it } from 'vitest';
import {
  daysLeft,
  dueReminders,
  reminderKey,
  remindersMayBeDue,
  type ReminderCompetition,
  type ReminderJuror,
} from './review-reminders.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const competition: ReminderCompetition = {
  id: 'comp-a',
  calendar: {
    callOpensAt: '2027-01-01T13:00:00Z',
    submissionDeadline: '2027-03-01T13:00:00Z',
    screeningEndsAt: '2027-04-01T13:00:00Z',
    reviewEndsAt: '2027-05-01T13:00:00Z',
    resultsAt: '2027-06-01T13:00:00Z',
  },
  reminderDaysBefore: [3, 1],
};
const deadline = Date.parse(competition.calendar.reviewEndsAt);
const at = (offsetMs: number) => new Date(deadline + offsetMs);

const juror = (jurorId: string, unfinished = 2, extensions: ReminderJuror['extensions'] = []) => ({
  competitionId: competition.id,
  jurorId,
  unfinished,
  extensions,
});

/** Runs the job's decision at each instant, remembering what it "sent", as the store would. */
function simulate(
  instants: Date[],
  jurors: ReminderJuror[],
  competitions: ReminderCompetition[] = [competition],
) {
  const sent = new Set<string>();
  const log: { at: string; jurorId: string; daysBefore: number; deadlineAt: string }[] = [];
  for (const now of instants) {
    for (const reminder of dueReminders({ competitions, jurors, sent, now })) {
      sent.add(reminderKey(reminder));
      log.push({
        at: now.toISOString(),
        jurorId: reminder.jurorId,
        daysBefore: reminder.daysBefore,
        deadlineAt: reminder.deadlineAt,
      });
    }
  }
  return log;
}

/** Every hour from `from` to `to` (offsets from the deadline), as the hourly schedule runs. */
const hourly = (from: number, to: number) =>
  Array.from({ length: Math.floor((to - from) / HOUR) + 1 }, (_, index) => at(from + index * HOUR));

describe('automatic review reminders', () => {
  it('sends nothing before the first threshold, then the three-day reminder once', () => {
    expect(
      dueReminders({
        competitions: [competition],
        jurors: [juror('j1')],
        sent: new Set(),
        now: at(-3 * DAY - 1),
      }),
    ).toEqual([]);
    const [due, ...rest] = dueReminders({
      competitions: [competition],
      jurors: [juror('j1')],
      sent: new Set(),
      now: at(-3 * DAY),
    });
    expect(rest).toEqual([]);
    expect(due).toEqual({
      competitionId: 'comp-a',
      jurorId: 'j1',
      deadlineAt: '2027-05-01T13:00:00.000Z',
      daysBefore: 3,
      dueAt: '2027-04-28T13:00:00.000Z',
      unfinished: 2,
      extended: false,
    });
    // Once it is recorded as sent, the same run again finds nothing.
    expect(
      dueReminders({
        competitions: [competition],
        jurors: [juror('j1')],
        sent: new Set([reminderKey(due!)]),
        now: at(-3 * DAY + HOUR),
      }),
    ).toEqual([]);
  });

  it('sends each reminder exactly once over an hourly schedule, and nothing after the deadline', () => {
    const log = simulate(hourly(-6 * DAY, 2 * DAY), [juror('j1'), juror('j2', 1)]);
    expect(log).toEqual([
      {
        at: '2027-04-28T13:00:00.000Z',
        jurorId: 'j1',
        daysBefore: 3,
        deadlineAt: '2027-05-01T13:00:00.000Z',
      },
      {
        at: '2027-04-28T13:00:00.000Z',
        jurorId: 'j2',
        daysBefore: 3,
        deadlineAt: '2027-05-01T13:00:00.000Z',
      },
      {
        at: '2027-04-30T13:00:00.000Z',
        jurorId: 'j1',
        daysBefore: 1,
        deadlineAt: '2027-05-01T13:00:00.000Z',
      },
      {
        at: '2027-04-30T13:00:00.000Z',
        jurorId: 'j2',
        daysBefore: 1,
        deadlineAt: '2027-05-01T13:00:00.000Z',
      },
    ]);
  });

  it('gives a juror with everything submitted nothing, and a juror without a deadline nothing', () => {
    expect(simulate(hourly(-4 * DAY, DAY), [juror('done', 0)])).toEqual([]);
    // A juror of a competition the job was not given (not in review) gets nothing either.
    expect(simulate(hourly(-4 * DAY, DAY), [{ ...juror('j1'), competitionId: 'other' }])).toEqual(
      [],
    );
  });

  it('sends only the latest threshold when the job was down, never a burst', () => {
    // Down from four days before until twenty hours before: only the one-day reminder goes.
    const log = simulate([at(-4 * DAY), at(-20 * HOUR), at(-19 * HOUR)], [juror('j1')]);
    expect(log.map(({ daysBefore, at }) => ({ daysBefore, at }))).toEqual([
      { daysBefore: 1, at: '2027-04-30T17:00:00.000Z' },
    ]);
    // A late run inside the three-day window still sends the three-day reminder, once.
    const late = simulate([at(-2 * DAY - 5 * HOUR), at(-2 * DAY), at(-DAY), at(-1)], [juror('j1')]);
    expect(late.map(({ daysBefore }) => daysBefore)).toEqual([3, 1]);
  });

  it('runs twice at the same instant without sending twice', () => {
    const now = at(-DAY + 5 * 60 * 1000);
    expect(simulate([now, now, now], [juror('j1')])).toHaveLength(1);
  });

  it('re-arms the reminders for an extended deadline', () => {
    const newDeadline = new Date(deadline + 7 * DAY).toISOString();
    const extended = juror('j1', 1, [{ until: newDeadline, grantedAt: '2027-04-30T20:00:00Z' }]);
    const sent = new Set<string>();
    const send = (jurors: ReminderJuror[], now: Date) =>
      dueReminders({ competitions: [competition], jurors, sent, now }).map((reminder) => {
        sent.add(reminderKey(reminder));
        return `${reminder.daysBefore}@${reminder.deadlineAt}${reminder.extended ? ' (extended)' : ''}`;
      });
    // Both reminders for the calendar deadline…
    expect(send([juror('j1', 1)], at(-3 * DAY))).toEqual(['3@2027-05-01T13:00:00.000Z']);
    expect(send([juror('j1', 1)], at(-DAY))).toEqual(['1@2027-05-01T13:00:00.000Z']);
    // …then the extension: nothing until three days before the new deadline, then both again.
    expect(send([extended], at(-DAY + 8 * HOUR))).toEqual([]);
    expect(send([extended], at(3 * DAY))).toEqual([]);
    expect(send([extended], at(4 * DAY))).toEqual(['3@2027-05-08T13:00:00.000Z (extended)']);
    expect(send([extended], at(4 * DAY + HOUR))).toEqual([]);
    expect(send([extended], at(6 * DAY))).toEqual(['1@2027-05-08T13:00:00.000Z (extended)']);
    expect(send([extended], at(7 * DAY))).toEqual([]);
  });

  it('follows the competition’s own days, and none when it turned reminders off', () => {
    const weekly = { ...competition, reminderDaysBefore: [1, 7, 7, 0, 2.5] };
    const log = simulate(hourly(-10 * DAY, 0), [juror('j1')], [weekly]);
    expect(log.map(({ daysBefore, at }) => `${daysBefore}@${at}`)).toEqual([
      '7@2027-04-24T13:00:00.000Z',
      '1@2027-04-30T13:00:00.000Z',
    ]);
    const off = { ...competition, reminderDaysBefore: [] };
    expect(simulate(hourly(-10 * DAY, 0), [juror('j1')], [off])).toEqual([]);
    expect(remindersMayBeDue(off, at(-DAY))).toBe(false);
  });

  it('sends nothing while reviews are closed, by the calendar or by a phase set by hand', () => {
    // Reviews open when screening ends: a ten-day reminder would fall before that.
    const early = {
      ...competition,
      calendar: { ...competition.calendar, screeningEndsAt: '2027-04-25T13:00:00Z' },
      reminderDaysBefore: [10],
    };
    expect(simulate(hourly(-10 * DAY, 0), [juror('j1')], [early]).map(({ at }) => at)).toEqual([
      '2027-04-25T13:00:00.000Z',
    ]);
    const paused = { ...competition, phaseOverride: { phase: 'screening' as const } };
    expect(simulate(hourly(-4 * DAY, 0), [juror('j1')], [paused])).toEqual([]);
    expect(remindersMayBeDue(paused, at(-DAY))).toBe(false);
  });

  it('knows which competitions may still owe reminders: from screening’s end to the results', () => {
    expect(remindersMayBeDue(competition, new Date('2027-04-01T12:59:59Z'))).toBe(false);
    expect(remindersMayBeDue(competition, new Date('2027-04-01T13:00:00Z'))).toBe(true);
    // After the calendar's review end, an extended juror may still be waiting.
    expect(remindersMayBeDue(competition, new Date('2027-05-20T00:00:00Z'))).toBe(true);
    expect(remindersMayBeDue(competition, new Date('2027-06-01T13:00:00Z'))).toBe(false);
    const reviewByHand = { ...competition, phaseOverride: { phase: 'review' as const } };
    expect(remindersMayBeDue(reviewByHand, new Date('2027-07-01T00:00:00Z'))).toBe(true);
  });

  it('names a reminder by instant, whatever the deadline’s notation', () => {
    const base = { competitionId: 'c', jurorId: 'j', daysBefore: 3 };
    expect(reminderKey({ ...base, deadlineAt: '2027-05-01T18:00:00+05:00' })).toBe(
      reminderKey({ ...base, deadlineAt: '2027-05-01T13:00:00.000Z' }),
    );
    expect(reminderKey({ ...base, deadlineAt: '2027-05-01T13:00:00Z' })).not.toBe(
      reminderKey({ ...base, deadlineAt: '2027-05-01T13:00:00Z', daysBefore: 1 }),
    );
  });

  it('rounds the days left as the email says them', () => {
    const deadlineAt = competition.calendar.reviewEndsAt;
    expect(daysLeft(deadlineAt, at(-3 * DAY + 30 * 60 * 1000))).toBe(3);
    expect(daysLeft(deadlineAt, at(-DAY + 59 * 60 * 1000))).toBe(1);
    expect(daysLeft(deadlineAt, at(-10 * HOUR))).toBe(0);
    expect(daysLeft(deadlineAt, at(HOUR))).toBe(0);
  });
});

describe('automatic review reminders across daylight saving and time zones', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  // Europe moves its clocks on 2027-03-28 at 01:00 UTC and back on 2027-10-31 at 01:00 UTC.
  const acrossSpring: ReminderCompetition = {
    id: 'comp-dst',
    calendar: {
      callOpensAt: '2027-01-01T00:00:00Z',
      submissionDeadline: '2027-02-01T00:00:00Z',
      screeningEndsAt: '2027-03-01T00:00:00Z',
      reviewEndsAt: '2027-03-29T10:00:00Z',
      resultsAt: '2027-05-01T00:00:00Z',
    },
    reminderDaysBefore: [3, 1],
  };
  const acrossAutumn: ReminderCompetition = {
    ...acrossSpring,
    id: 'comp-dst-autumn',
    calendar: {
      ...acrossSpring.calendar,
      reviewEndsAt: '2027-11-01T10:00:00Z',
      resultsAt: '2027-12-01T00:00:00Z',
    },
  };

  const run = (subject: ReminderCompetition, deadlineAt: string) => {
    const deadlineMs = Date.parse(deadlineAt);
    const instants = Array.from(
      { length: 5 * 24 * 4 + 1 },
      (_, index) => new Date(deadlineMs - 5 * DAY + index * 15 * 60 * 1000),
    );
    return simulate(instants, [{ ...juror('j1'), competitionId: subject.id }], [subject]);
  };

  it.each(['UTC', 'Europe/Berlin', 'Asia/Almaty', 'America/Los_Angeles', 'Pacific/Chatham'])(
    'counts days as 24 hours before the deadline instant, the same with the machine in %s',
    (timeZone) => {
      process.env.TZ = timeZone;
      expect(run(acrossSpring, acrossSpring.calendar.reviewEndsAt)).toEqual([
        {
          at: '2027-03-26T10:00:00.000Z',
          jurorId: 'j1',
          daysBefore: 3,
          deadlineAt: '2027-03-29T10:00:00.000Z',
        },
        {
          at: '2027-03-28T10:00:00.000Z',
          jurorId: 'j1',
          daysBefore: 1,
          deadlineAt: '2027-03-29T10:00:00.000Z',
        },
      ]);
      expect(run(acrossAutumn, acrossAutumn.calendar.reviewEndsAt).map(({ at }) => at)).toEqual([
        '2027-10-29T10:00:00.000Z',
        '2027-10-31T10:00:00.000Z',
      ]);
    },
  );
});
