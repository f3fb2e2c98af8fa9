import { inflateSync } from 'fflate';
import { sniffImageType } from './image-type.ts';

/**
 * The real type of an attached file, read from its bytes rather than trusted from the browser
 * (which only looks at the file name). Signatures after the WHATWG MIME Sniffing standard and
 * the file formats' own specifications; Office and OpenDocument files are ZIP containers, told
 * apart by their inner `[Content_Types].xml` (ECMA-376 part 2) or `mimetype` entry (ODF 1.2
 * part 3, §3.3).
 */

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
export const ODT = 'application/vnd.oasis.opendocument.text';

/**
 * The file-name extensions of each type the sniffer tells, the usual one first. A name made by
 * the server (a blind review's `attachment-1.pdf`) takes its extension from here, from the type
 * read in the bytes, never from what the applicant typed.
 */
const extensionsByType: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  [DOCX]: ['docx'],
  [XLSX]: ['xlsx'],
  [PPTX]: ['pptx'],
  [ODT]: ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/zip': ['zip'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};

/**
 * The extension for a file of `contentType`: `preferred` (say, the original name's) when it is
 * one of that type's, else the usual one; empty for a type not listed.
 *
 * @example extensionFor('image/jpeg', 'JPEG') // 'jpeg'
 * @example extensionFor('application/pdf', 'exe') // 'pdf'
 */
export function extensionFor(contentType: string, preferred?: string): string {
  const known = extensionsByType[contentType] ?? [];
  const wanted = preferred?.toLowerCase();
  return (wanted && known.includes(wanted) ? wanted : known[0]) ?? '';
}

/** How much of a file's start and end the sniffer reads: enough for a ZIP's directory. */
export const SAMPLE_BYTES = 64 * 1024;

/** What the sniffer sees of a stored file. For a file up to SAMPLE_BYTES, head is all of it. */
export interface FileSample {
  head: Uint8Array;
  /** The last bytes of the file (at most SAMPLE_BYTES). */
  tail: Uint8Array;
  size: number;
}

/** Plain text can be told from binary, but CSV cannot be told from other text. */
const textTypes = new Set(['text/plain', 'text/csv']);

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);
const u16 = (bytes: Uint8Array, at: number) => (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
const u32 = (bytes: Uint8Array, at: number) =>
  (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/**
 * @example sniffFileType({ head, tail, size }) // 'application/pdf', or undefined if unknown
 */
export function sniffFileType(sample: FileSample): string | undefined {
  const { head } = sample;
  if (sample.size === 0 || head.length === 0) return undefined;
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  const image = sniffImageType(head);
  if (image) return image;
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return zipContainerType(sample);
  if (isText(sample)) return 'text/plain';
  return undefined;
}

/**
 * Whether a file whose bytes are `sniffed` may be stored as `declared`: the same type, or text
 * declared as CSV or plain text.
 */
export function matchesDeclaredType(sniffed: string, declared: string): boolean {
  return sniffed === declared || (sniffed === 'text/plain' && textTypes.has(declared));
}

/** UTF-8 (a BOM allowed) with no NUL bytes, in the parts of the file that were read. */
function isText({ head, tail, size }: FileSample): boolean {
  const valid = (bytes: Uint8Array, cutEnd: boolean) => {
    if (bytes.includes(0)) return false;
    try {
      // `stream: true` forgives a character cut in two at the end of what was read.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cutEnd });
      return true;
    } catch {
      return false;
    }
  };
  if (head.length >= size) return valid(head, false);
  // The tail may begin inside a character: skip up to three continuation bytes.
  let start = 0;
  while (start < 3 && ((tail[start] ?? 0) & 0xc0) === 0x80) start++;
  return valid(head, true) && valid(tail.subarray(start), false);
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** Offset of the entry's local header from the start of the file. */
  offset: number;
}

/** DOCX, XLSX, PPTX or an OpenDocument type by the container's own declaration, else ZIP. */
function zipContainerType(sample: FileSample): string {
  const entries = centralDirectory(sample) ?? localEntries(sample.head);
  const first = entries.find((entry) => entry.offset === 0);
  if (first?.name === 'mimetype' && first.method === 0) {
    const declared = latin1(entryData(sample.head, first) ?? new Uint8Array()).trim();
    if (/^application\/vnd\.oasis\.opendocument\.[a-z.-]+$/.test(declared)) return declared;
  }
  const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml');
  const data = contentTypes ? entryData(sample.head, contentTypes) : undefined;
  if (data) {
    const xml = new TextDecoder().decode(data);
    const main = (part: string) => xml.includes(`${part}.main+xml"`);
    if (main('application/vnd.openxmlformats-officedocument.wordprocessingml.document'))
      return DOCX;
    if (main('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')) return XLSX;
    if (main('application/vnd.openxmlformats-officedocument.presentationml.presentation'))
      return PPTX;
  }
  return 'application/zip';
}

/** The entries listed in the central directory, if the end of the file holds all of it. */
function centralDirectory({ tail, size }: FileSample): ZipEntry[] | undefined {
  const tailStart = size - tail.length;
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
  for (let at = tail.length - 22; at >= Math.max(0, tail.length - 22 - 0xffff); at--) {
    if (!startsWith(tail, [0x50, 0x4b, 0x05, 0x06], at)) continue;
    const count = u16(tail, at + 10);
    let position = u32(tail, at + 16) - tailStart;
    if (position < 0) return undefined;
    const entries: ZipEntry[] = [];
    for (let index = 0; index < count; index++) {
      if (!startsWith(tail, [0x50, 0x4b, 0x01, 0x02], position)) return undefined;
      const nameLength = u16(tail, position + 28);
      entries.push({
        method: u16(tail, position + 10),
        compressedSize: u32(tail, position + 20),
        offset: u32(tail, position + 42),
        name: new TextDecoder().decode(tail.subarray(position + 46, position + 46 + nameLength)),
      });
      position += 46 + nameLength + u16(tail, position + 30) + u16(tail, position + 32);
    }
    return entries;
  }
  return undefined;
}

/** Entries walked from the start, for as long as their sizes are known up front. */
function localEntries(head: Uint8Array): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let offset = 0;
  while (startsWith(head, [0x50, 0x4b, 0x03, 0x04], offset)) {
    const nameLength = u16(head, offset + 26);
    const entry = {
      method: u16(head, offset + 8),
      compressedSize: u32(head, offset + 18),
      offset,
      name: new TextDecoder().decode(head.subarray(offset + 30, offset + 30 + nameLength)),
    };
    entries.push(entry);
    // Bit 3: sizes follow the data, so the next header cannot be found from here.
    if (u16(head, offset + 6) & 0x08) break;
    offset += 30 + nameLength + u16(head, offset + 28) + entry.compressedSize;
  }
  return entries;
}

/** An entry's uncompressed bytes, if it lies within the head and is stored or deflated. */
function entryData(head: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04], entry.offset)) return undefined;
  const start = entry.offset + 30 + u16(head, entry.offset + 26) + u16(head, entry.offset + 28);
  const end = start + entry.compressedSize;
  if (end > head.length) return undefined;
  const data = head.subarray(start, end);
  try {
    if (entry.method === 0) return data;
    if (entry.method === 8) return inflateSync(data);
  } catch {
    return undefined;
  }
  return undefined;
}
