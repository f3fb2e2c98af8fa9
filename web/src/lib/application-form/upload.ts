import type { UploadTarget } from '@laureate/schemas';
import { ApiError } from '../api/client';

/** Types by file extension, for files the browser could not type (or typed as Excel CSV). */
const byExtension: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  csv: 'text/csv',
  txt: 'text/plain',
};

const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** The type to declare for a chosen file; the server checks it against the bytes anyway. */
export function declaredType(file: File): string {
  const ext = extension(file.name);
  // Windows reports CSV files as Excel spreadsheets.
  if (ext === 'csv') return 'text/csv';
  return file.type || byExtension[ext] || 'application/octet-stream';
}

/** The `accept` attribute: the field's types and their usual extensions, for file pickers. */
export function acceptAttribute(types: readonly string[]): string {
  const extensions = Object.entries(byExtension)
    .filter(([, type]) => types.includes(type))
    .map(([ext]) => `.${ext}`);
  return [...types, ...extensions].join(',');
}

/** The types as people know them: "PDF, JPEG, DOCX". */
export function typeNames(types: readonly string[]): string {
  return types
    .map((type) => {
      const ext = Object.keys(byExtension).find((key) => byExtension[key] === type);
      return (ext ?? type.replace('/*', '')).toUpperCase();
    })
    .join(', ');
}

/** As `type/*` in the field's `accept` allows, the same rule as the server's. */
export function accepts(types: readonly string[], type: string): boolean {
  return types.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))));
}

/** "2.4 MB", "830 KB" in the reader's language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1e6
      ? [bytes / 1e6, 'megabyte']
      : bytes >= 1e3
        ? [bytes / 1e3, 'kilobyte']
        : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/**
 * Sends a file to its upload target. XMLHttpRequest, because `fetch` reports no upload
 * progress. A refusal becomes an ApiError with the server's problem code where there is one
 * (the local store answers problem+json; S3 answers XML, reported by status only).
 */
export function sendFile(
  target: UploadTarget,
  file: Blob,
  onProgress: (fraction: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const [name, value] of Object.entries(target.headers))
      request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status < 300) return resolve();
      let code = 'upload/failed';
      try {
        code = (JSON.parse(request.responseText) as { code?: string }).code ?? code;
      } catch {
        // Not JSON: S3's XML error.
      }
      reject(
        new ApiError(request.status, {
          type: 'about:blank',
          title: code,
          status: request.status,
          code,
        }),
      );
    };
    request.onerror = () =>
      reject(
        new ApiError(0, {
          type: 'about:blank',
          title: 'Network error',
          status: 0,
          code: 'network',
        }),
      );
    request.send(file);
  });
}
