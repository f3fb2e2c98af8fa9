/**
 * Failed sign-ins are limited per account and per address (OWASP Authentication cheat sheet),
 * in fixed 15-minute windows. The per-address limit is higher: many people may share one
 * address behind an NGO office's or a university's NAT.
 */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;

export function signInThrottleKeys(
  email: string,
  address: string | undefined,
): { account: string; address?: string } {
  return {
    account: `signin:email:${email}`,
    ...(address ? { address: `signin:ip:${address}` } : {}),
  };
}

export function isThrottled(failures: { account: number; address: number }): boolean {
  return (
    failures.account >= MAX_FAILURES_PER_ACCOUNT || failures.address >= MAX_FAILURES_PER_ADDRESS
  );
}

/** Seconds until the current window ends, for a Retry-After header. */
export function retryAfterSeconds(now: Date): number {
  const seconds = Math.floor(now.getTime() / 1000);
  return SIGN_IN_WINDOW_SECONDS - (seconds % SIGN_IN_WINDOW_SECONDS);
}
