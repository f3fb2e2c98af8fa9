/** One immutable line of the audit trail: who did what, when, from where. */
export interface AuditEntry {
  /** The partition it belongs to: `COMP#<id>` for competition events, `USER#<id>` for accounts. */
  scope: string;
  action: string;
  /** Absent for anonymous actions such as a failed sign-in with an unknown email. */
  actorId?: string;
  at: string;
  ip?: string;
  /** Ids and outcomes only, never personal data beyond what the action needs. */
  details?: Record<string, string | number | boolean>;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. There is deliberately no update or delete. */
  list(
    scope: string,
    options: { limit: number; cursor?: string },
  ): Promise<{ items: AuditEntry[]; nextCursor?: string }>;
}
