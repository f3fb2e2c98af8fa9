import { describe, expect, it } from 'vitest';
import { attachmentDisposition, fileKeys } from './file-store.ts';

describe('attachmentDisposition', () => {
  it('names the file in UTF-8 with an ASCII fallback for old clients', () => {
    expect(attachmentDisposition('Устав.pdf')).toBe(
      `attachment; filename="attachment.pdf"; filename*=UTF-8''%D0%A3%D1%81%D1%82%D0%B0%D0%B2.pdf`,
    );
    expect(attachmentDisposition('Café report (final).docx')).toBe(
      `attachment; filename="Cafe report (final).docx"; filename*=UTF-8''Caf%C3%A9%20report%20%28final%29.docx`,
    );
  });

  it('cannot be broken out of: quotes, slashes and line breaks never reach the header raw', () => {
    const header = attachmentDisposition('a"; filename="evil.html\r\nSet-Cookie: x=1/../b.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.match(/"/g)).toHaveLength(2);
    expect(header).toContain(`filename="a__ filename=_evil.htmlSet-Cookie_ x=1_.._b.pdf"`);
  });
});

describe('fileKeys', () => {
  it('keeps unconfirmed uploads under pending/, apart from kept files', () => {
    expect(fileKeys.pending('app-1', 'att-1')).toBe('pending/app-1/att-1');
    expect(fileKeys.kept('app-1', 'att-1')).toBe('files/app-1/att-1');
  });
});
