import { z } from 'zod';

export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  /** Each table the API depends on, and whether it answered. */
  tables: z.record(z.string(), z.enum(['ok', 'unreachable'])),
  mode: z.enum(['local', 'aws']),
  version: z.string(),
});
export type Health = z.infer<typeof Health>;
