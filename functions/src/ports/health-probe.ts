/** Whether each table the API needs answers a read. */
export interface HealthProbe {
  check(): Promise<Record<string, 'ok' | 'unreachable'>>;
}
