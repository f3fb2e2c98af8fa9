import { OutboxPage } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { demoData } from '../../functions/src/local/seed/demo-data.ts';
import { REVIEW_DEMO } from '../../functions/src/local/seed/demo-review.ts';
import { launch } from '../../functions/src/local/launch.ts';
import { repoRoot } from '../helpers/launcher-process.ts';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Local mode runs the automatic reminders while the platform runs: at start, then on its
 * interval, on the test clock when there is one, into the outbox.
 */
describe('automatic reminders in local mode', () => {
  it('runs on the moved test clock, sends the demo jurors their reminders once, and stops', async () => {
    const lines: string[] = [];
    const launched = await launch({
      repoRoot,
      port: 0,
      host: '127.0.0.1',
      inMemory: true,
      seed: true,
      buildWeb: false,
      testClock: true,
      reminderIntervalMs: 200,
      onReminders: (line) => lines.push(line),
    });
    try {
      const outbox = async () => {
        const response = await fetch(`${launched.url}/api/dev/outbox`);
        return OutboxPage.parse(await response.json()).items.filter((message) =>
          message.link?.endsWith(`/competitions/${REVIEW_DEMO}/reviews/mine`),
        );
      };
      // The demo review ends twelve days after the seed: nothing is due yet.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(lines).toEqual([]);
      expect(await outbox()).toEqual([]);

      // Two and a half days before the deadline: the three-day reminders fall due.
      const moved = await fetch(`${launched.url}/api/dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceSeconds: 9.5 * DAY_SECONDS }),
      });
      expect(moved.status).toBe(200);
      await expect.poll(() => lines.length, { timeout: 15_000, interval: 100 }).toBe(1);
      // Later runs find nothing more to send: still one line.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        new RegExp(
          `^Automatic review reminders: (\\d+) sent to \\1 jurors? \\(${launched.url}/dev/outbox\\)$`,
        ),
      );

      const reminders = await outbox();
      const sentCount = Number(/: (\d+) sent/.exec(lines[0]!)?.[1]);
      expect(reminders).toHaveLength(sentCount);
      expect(sentCount).toBeGreaterThan(0);
      // Each to a demo juror, once, in that juror's own language.
      const jurors = new Map(
        demoData.users
          .filter((user) => user.roles.some((role) => role.role === 'juror'))
          .map((user) => [user.email, user.locale]),
      );
      expect(new Set(reminders.map((message) => message.to)).size).toBe(reminders.length);
      for (const message of reminders) {
        expect(jurors.get(message.to)).toBe(message.locale);
      }
      expect(new Set(reminders.map((message) => message.locale)).size).toBeGreaterThan(1);
    } finally {
      const stopping = Date.now();
      await launched.stop();
      expect(Date.now() - stopping).toBeLessThan(10_000);
    }
  });
});
