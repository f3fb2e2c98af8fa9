/**
 * A receipt proves what was submitted and when: the SHA-256 of the content in canonical JSON
 * (keys sorted at every level), so the same answers always give the same hash, whatever order
 * a browser or a database returns the keys in. Uses Web Crypto, present in browsers and Node.
 */
export interface SubmissionReceipt {
  applicationId: string;
  version: number;
  submittedAt: string;
  /** `sha256:` and 64 hex digits. */
  contentHash: string;
}

/** JSON with object keys sorted, no whitespace; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export async function contentHash(content: unknown): Promise<string> {
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalJson(content)),
  );
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
  return `sha256:${hex}`;
}

export async function issueReceipt(
  applicationId: string,
  version: number,
  content: unknown,
  submittedAt: Date,
): Promise<SubmissionReceipt> {
  return {
    applicationId,
    version,
    submittedAt: submittedAt.toISOString(),
    contentHash: await contentHash(content),
  };
}
