import { composeDependencies } from '#compose';
import { readConfig } from '#config';
import { sendDueReminders, type ReminderRunReport } from '#jobs/review-reminders';

// Built once per Lambda container, reused across invocations.
const deps = composeDependencies(readConfig());

/**
 * Invoked by the EventBridge schedule (cdk/lib/api-stack.ts), every hour: sends the automatic
 * review reminders due now. The event carries nothing the job needs; the time is the clock's.
 */
export async function handler(): Promise<Omit<ReminderRunReport, 'sent'> & { sent: number }> {
  const report = await sendDueReminders(deps, deps.clock.now());
  return { ...report, sent: report.sent.length };
}
