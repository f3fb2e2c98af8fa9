import { strToU8, zipSync } from 'fflate';
import { pdfPage, pngImage } from '../../functions/src/local/seed/demo-files.ts';

/**
 * Real files built in memory, byte by byte as their formats specify, for the attachment tests:
 * what a browser would upload, without shipping binaries in the repository.
 */

/**
 * A one-page Letter-size PDF with a line of text; `paddingBytes` of comment after the header
 * make it as large as a scanned letter.
 */
export function samplePdf(text = 'Letter of support', paddingBytes = 0): Uint8Array {
  return pdfPage(`BT /F1 18 Tf 72 720 Td (${text}) Tj ET`, '0 0 612 792', paddingBytes);
}

/** A real PNG: a red gradient from left to right. */
export function samplePng(width = 4, height = 4): Uint8Array {
  return pngImage(width, height, (x) => [(x * 255) / Math.max(1, width - 1), 0, 0]);
}

/** A Word document: the parts a reader needs, [Content_Types].xml first as Word writes it. */
export function sampleDocx(): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:body><w:p><w:r><w:t>Письмо поддержки</w:t></w:r></w:p></w:body></w:document>',
    ),
  });
}

/** An OpenDocument text: `mimetype` first and stored, as ODF requires. */
export function sampleOdt(): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8('<?xml version="1.0"?><office:document-content/>'),
  });
}

/** The start of a Windows executable: an MZ header and the DOS stub, zero-padded. */
export function sampleExe(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set(strToU8('MZ'), 0);
  bytes.set(strToU8('This program cannot be run in DOS mode.'), 0x4e);
  return bytes;
}
