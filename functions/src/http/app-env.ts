import type { AccountRepository, SessionRecord, UserRecord } from '#ports/account-repository';
import type { AuditLog } from '#ports/audit-log';
import type { Clock } from '#ports/clock';
import type { CompetitionRepository } from '#ports/competition-repository';
import type { HealthProbe } from '#ports/health-probe';
import type { Logger } from './logger.ts';

/** Everything the API needs from outside, injected so tests and local mode choose adapters. */
export interface AppDeps {
  clock: Clock;
  logger: Logger;
  competitions: CompetitionRepository;
  accounts: AccountRepository;
  audit: AuditLog;
  /** Password checks are injected so tests can use cheap scrypt parameters if they need. */
  passwords: { verify(password: string, hash: string): Promise<boolean> };
  health: HealthProbe;
  mode: 'local' | 'aws';
  version: string;
  /** Extra origins allowed to send state-changing requests (the site origin on AWS). */
  allowedOrigins?: readonly string[];
}

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    /** Set by requireUser() on routes that need a signed-in caller. */
    session: SessionRecord;
    user: UserRecord;
  };
}
