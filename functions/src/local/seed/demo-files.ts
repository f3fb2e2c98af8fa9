import { crc32, deflateSync } from 'node:zlib';
import type { DemoFile } from './demo-types.ts';

/**
 * The demo's attached files, built in memory byte by byte as their formats specify, so that
 * no binary sits in the repository: a one-page PDF letter and a small PNG picture.
 */

/**
 * A one-page PDF 1.4 whose page (`mediaBox`, in points) shows the content `stream` in
 * Helvetica, with a correct cross-reference table; `paddingBytes` of comment after the header
 * make it larger.
 */
export function pdfPage(stream: string, mediaBox: string, paddingBytes = 0): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [${mediaBox}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  for (let left = paddingBytes; left > 0; left -= 1024) {
    body += `%${'0'.repeat(Math.max(0, Math.min(1024, left) - 2))}\n`;
  }
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/**
 * A PNG (RGB, 8 bits) whose pixels `pixel` colours: signature, IHDR, IDAT (zlib-compressed
 * rows) and IEND, with CRCs.
 */
export function pngImage(
  width: number,
  height: number,
  pixel: (x: number, y: number) => readonly [number, number, number],
): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const stride = 1 + width * 3;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      rows.set(pixel(x, y), y * stride + 1 + x * 3);
    }
  }
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** A one-page A4 PDF with a few lines of text. */
export function demoPdf(lines: string[]): Uint8Array {
  const text = lines
    .map((line, index) => `${index === 0 ? '' : '0 -24 Td '}(${line.replace(/[()\\]/g, '')}) Tj`)
    .join(' ');
  return pdfPage(`BT /F1 14 Tf 72 720 Td ${text} ET`, '0 0 595 842');
}

/** A PNG of a warm gradient. */
export function demoPng(width: number, height: number): Uint8Array {
  return pngImage(width, height, (x, y) => [
    255,
    140 + Math.round((100 * x) / Math.max(1, width - 1)),
    60 + Math.round((120 * y) / Math.max(1, height - 1)),
  ]);
}

/** The files attached to applications of the competition under review, by application id. */
export const reviewDemoFiles: Record<string, DemoFile[]> = {
  'app-rv-care-online': [
    {
      id: 'att-demo-care-online-letter',
      name: 'Письмо поддержки — Павлодар.pdf',
      declaredType: 'application/pdf',
      bytes: demoPdf([
        'Letter of support',
        'Volunteers of Mercy, Pavlodar, will host the Warm Air club meetings',
        'in Kazakh and invite the older people in its care.',
      ]),
    },
    {
      id: 'att-demo-care-online-photo',
      name: 'Встреча клуба.png',
      declaredType: 'image/png',
      bytes: demoPng(48, 32),
    },
  ],
  'app-rv-almaty-youth': [
    {
      id: 'att-demo-almaty-youth-agreement',
      name: 'Соглашение о консультациях.pdf',
      declaredType: 'application/pdf',
      bytes: demoPdf([
        'Agreement on consultations',
        'The Tyumen NGO Alliance advises on matching and supporting',
        'pairs of students and older people.',
      ]),
    },
  ],
};
