import type { AssignmentRunStatus } from '@laureate/schemas';

/** How often the page asks: quickly at first, then every second for long runs. */
export function pollDelay(polls: number): number {
  return polls < 10 ? 300 : 1000;
}

/**
 * Follows a run started in the background until it is over: asks where it stands, passes each
 * answer to `update`, and resolves with the last one (done or failed). `stopped()` ends the
 * following early (the page was left); the run itself goes on on the server.
 *
 * @example const last = await followRun(started, (id) => api.get(`…/runs/${id}`), show)
 */
export async function followRun(
  started: AssignmentRunStatus,
  read: (runId: string) => Promise<AssignmentRunStatus>,
  update: (status: AssignmentRunStatus) => void,
  options: { wait?: (ms: number) => Promise<void>; stopped?: () => boolean } = {},
): Promise<AssignmentRunStatus> {
  const wait = options.wait ?? ((ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let status = started;
  update(status);
  for (let polls = 0; status.state === 'running' && !options.stopped?.(); polls++) {
    await wait(pollDelay(polls));
    status = await read(status.runId);
    update(status);
  }
  return status;
}
