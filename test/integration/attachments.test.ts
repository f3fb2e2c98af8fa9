import { createHash } from 'node:crypto';
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Application,
  AttachmentResult,
  AttachmentUpload,
  crossBorderSocialProjectTemplate,
  Problem,
  type FormDefinition,
} from '@laureate/schemas';
import { contentHash } from '../../functions/src/domain/submission-receipt.ts';
import { competitionRecord, uniqueId } from '../helpers/factories.ts';
import { createWorld, signInCookie, type World } from '../helpers/personas.ts';
import { sampleDocx, sampleExe, samplePdf, samplePng } from '../helpers/sample-files.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

const now = '2027-03-01T10:00:00Z';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The cross-border form with every required field but the attachments made optional. */
const lenientForm: FormDefinition = {
  ...crossBorderSocialProjectTemplate,
  sections: crossBorderSocialProjectTemplate.sections.map((section) => ({
    ...section,
    fields: section.fields.map((field) => ({ ...field, required: false })),
  })),
};

/** A form with one required field for a spreadsheet or a letter, small limits. */
const documentsForm: FormDefinition = {
  id: 'documents',
  version: 1,
  title: { en: 'Documents' },
  sections: [
    {
      id: 'documents',
      title: { en: 'Documents' },
      fields: [
        {
          id: 'budgetSheet',
          type: 'file',
          label: { en: 'Budget (CSV) or letter (DOCX)' },
          required: true,
          accept: [
            'text/csv',
            'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          ],
          maxBytes: 20_000,
          maxCount: 2,
        },
      ],
    },
  ],
};

function send(api: TestApi, method: string, path: string, body: unknown, cookie?: string) {
  return api.app.request(path, {
    method,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

async function problemCode(response: Response): Promise<string> {
  return Problem.parse(await response.json()).code;
}

describe('attachments', () => {
  let api: TestApi;
  let world: World;
  let cookie: string;

  beforeAll(async () => {
    api = await createTestApi({ now });
    world = await createWorld(api);
    cookie = world.personas.applicantA.cookie!;
  });

  /** A fresh draft of organisation A, answering `form` in a competition of its own. */
  async function draft(form: FormDefinition = lenientForm) {
    const competition = competitionRecord(now, { opensInDays: -5 });
    await api.deps.competitions.create(competition);
    await api.deps.competitions.saveForm({ ...competition, formVersion: 1, version: 2 }, 1, {
      ...form,
      version: 1,
    });
    const id = uniqueId('app');
    await api.deps.applications.create({
      id,
      competitionId: competition.id,
      trackId: competition.tracks[0]!.id,
      organisationId: world.organisationA,
      title: 'Мост дружбы',
      status: 'draft',
      answers: {},
      formVersion: 1,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    return {
      competition,
      id,
      base: `/api/organisations/${world.organisationA}/applications/${id}`,
    };
  }

  async function declare(
    base: string,
    file: { name: string; size: number; contentType: string },
    fieldId = 'attachments',
    as = cookie,
  ) {
    return send(api, 'POST', `${base}/attachments`, { fieldId, ...file }, as);
  }

  /** Declares a file and uploads its bytes; returns the attachment id. */
  async function upload(
    base: string,
    name: string,
    bytes: Uint8Array,
    contentType: string,
    fieldId = 'attachments',
  ): Promise<string> {
    const declared = await declare(base, { name, size: bytes.length, contentType }, fieldId);
    expect(declared.status).toBe(201);
    const { attachmentId, upload: target } = AttachmentUpload.parse(await declared.json());
    expect(target.method).toBe('PUT');
    const put = await api.app.request(target.url, {
      method: 'PUT',
      headers: target.headers,
      body: bytes,
    });
    expect(put.status).toBe(204);
    return attachmentId;
  }

  async function version(base: string): Promise<number> {
    return Application.parse(await (await api.app.request(base, { headers: { cookie } })).json())
      .version;
  }

  async function complete(base: string, attachmentId: string, at?: number) {
    return send(
      api,
      'POST',
      `${base}/attachments/${attachmentId}/complete`,
      { version: at ?? (await version(base)) },
      cookie,
    );
  }

  it('keeps a real PDF and PNG, records their real type and SHA-256, serves them back, and the receipt covers them', async () => {
    const { base } = await draft();
    const pdf = samplePdf();
    const png = samplePng(8, 8);
    const pdfId = await upload(base, 'Письмо поддержки.pdf', pdf, 'application/pdf');
    const first = await complete(base, pdfId);
    expect(first.status).toBe(200);
    const pngId = await upload(base, 'photo.png', png, 'image/png');
    const second = AttachmentResult.parse(await (await complete(base, pngId)).json());
    expect(second.attachment).toEqual({
      fileId: pngId,
      name: 'photo.png',
      size: png.length,
      contentType: 'image/png',
      sha256: sha256(png),
    });
    expect(second.application.answers.attachments).toEqual([
      {
        fileId: pdfId,
        name: 'Письмо поддержки.pdf',
        size: pdf.length,
        contentType: 'application/pdf',
        sha256: sha256(pdf),
      },
      second.attachment,
    ]);

    const download = await api.app.request(`${base}/attachments/${pdfId}`, {
      headers: { cookie },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent('Письмо поддержки.pdf')}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    // A draft save cannot add, change or drop a file: the server's record stands.
    const saved = await send(
      api,
      'PUT',
      `${base}/draft`,
      {
        answers: {
          projectTitle: 'Мост',
          attachments: [
            { fileId: 'forged', name: 'x.pdf', size: 1, contentType: 'application/pdf' },
          ],
        },
        version: second.application.version,
      },
      cookie,
    );
    const afterSave = Application.parse(await saved.json());
    expect(afterSave.answers.attachments).toEqual(second.application.answers.attachments);

    const submitted = Application.parse(
      await (
        await send(api, 'POST', `${base}/submit`, { version: afterSave.version }, cookie)
      ).json(),
    );
    expect(submitted.status).toBe('submitted');
    expect(submitted.receipt?.contentHash).toBe(
      await contentHash({
        title: submitted.title,
        formVersion: submitted.formVersion,
        answers: afterSave.answers,
      }),
    );
    // The file's hash is part of what the receipt vouches for.
    const [, tampered] = afterSave.answers.attachments as { sha256: string }[];
    tampered!.sha256 = sha256(strToU8('other bytes'));
    expect(
      await contentHash({
        title: submitted.title,
        formVersion: submitted.formVersion,
        answers: afterSave.answers,
      }),
    ).not.toBe(submitted.receipt?.contentHash);
  });

  it('refuses and deletes an executable or a text file renamed to .pdf, with a clear problem', async () => {
    const { base } = await draft();
    for (const [name, bytes] of [
      ['invoice.pdf', sampleExe()],
      ['notes.pdf', strToU8('Just some text pretending to be a PDF')],
    ] as const) {
      const id = await upload(base, name, bytes, 'application/pdf');
      const refused = await complete(base, id);
      expect(refused.status).toBe(415);
      const problem = Problem.parse(await refused.json());
      expect(problem.code).toBe('attachment/content-mismatch');
      expect(problem.detail).toContain(name);
      // The bytes and the record are gone: completing again finds nothing.
      expect((await complete(base, id)).status).toBe(404);
      expect(await api.deps.files.inspect(`pending/${base.split('/').pop()}/${id}`, 10)).toBe(
        undefined,
      );
    }
    const application = Application.parse(
      await (await api.app.request(base, { headers: { cookie } })).json(),
    );
    expect(application.answers.attachments).toBeUndefined();
  });

  it('refuses a type the field does not take, a size above its limit, and uploads longer or shorter than declared', async () => {
    const { base } = await draft();
    const exe = await declare(base, {
      name: 'setup.exe',
      size: 100,
      contentType: 'application/x-msdownload',
    });
    expect(exe.status).toBe(415);
    expect(await problemCode(exe)).toBe('attachment/type-not-allowed');
    const big = await declare(base, {
      name: 'scan.pdf',
      size: 10 * 1024 * 1024 + 1,
      contentType: 'application/pdf',
    });
    expect(big.status).toBe(413);
    expect(await problemCode(big)).toBe('attachment/too-large');
    const notAFileField = await declare(
      base,
      { name: 'a.pdf', size: 10, contentType: 'application/pdf' },
      'projectTitle',
    );
    expect(notAFileField.status).toBe(400);
    expect(Problem.parse(await notAFileField.json()).errors?.[0]?.field).toBe('body.fieldId');

    // The store itself enforces the declared length while the bytes stream in.
    const pdf = samplePdf();
    const declared = AttachmentUpload.parse(
      await (
        await declare(base, {
          name: 'a.pdf',
          size: pdf.length - 10,
          contentType: 'application/pdf',
        })
      ).json(),
    );
    const tooLong = await api.app.request(declared.upload.url, {
      method: 'PUT',
      headers: declared.upload.headers,
      body: pdf,
    });
    expect(tooLong.status).toBe(413);
    const tooShort = await api.app.request(declared.upload.url, {
      method: 'PUT',
      headers: declared.upload.headers,
      body: pdf.subarray(0, 20),
    });
    expect(tooShort.status).toBe(400);
    const wrongType = await api.app.request(declared.upload.url, {
      method: 'PUT',
      headers: { 'content-type': 'text/html' },
      body: pdf.subarray(0, pdf.length - 10),
    });
    expect(await problemCode(wrongType)).toBe('attachment/upload-refused');
    // Nothing was kept, so there is nothing to complete.
    expect(await problemCode(await complete(base, declared.attachmentId))).toBe(
      'attachment/not-uploaded',
    );

    // A link works once.
    const right = await api.app.request(declared.upload.url, {
      method: 'PUT',
      headers: declared.upload.headers,
      body: pdf.subarray(0, pdf.length - 10),
    });
    expect(right.status).toBe(204);
    const again = await api.app.request(declared.upload.url, {
      method: 'PUT',
      headers: declared.upload.headers,
      body: pdf.subarray(0, pdf.length - 10),
    });
    expect(await problemCode(again)).toBe('token/invalid');
    const forged = await api.app.request(`${declared.upload.url.slice(0, -3)}abc`, {
      method: 'PUT',
      headers: declared.upload.headers,
      body: pdf,
    });
    expect(await problemCode(forged)).toBe('token/invalid');
  });

  it('holds each field to its maximum count, declared or completed', async () => {
    const { base } = await draft();
    const png = samplePng();
    for (let index = 0; index < 4; index++) {
      const id = await upload(base, `photo-${index}.png`, png, 'image/png');
      expect((await complete(base, id)).status).toBe(200);
    }
    // Two uploads declared while one place is left: the second to complete is refused.
    const fifth = await upload(base, 'photo-4.png', png, 'image/png');
    const sixth = await upload(base, 'photo-5.png', png, 'image/png');
    expect((await complete(base, fifth)).status).toBe(200);
    const late = await complete(base, sixth);
    expect(late.status).toBe(409);
    expect(await problemCode(late)).toBe('attachment/too-many');
    const seventh = await declare(base, {
      name: 'x.png',
      size: png.length,
      contentType: 'image/png',
    });
    expect(seventh.status).toBe(409);
    expect(await problemCode(seventh)).toBe('attachment/too-many');
  });

  it('detects a concurrent edit when completing: a stale version is a conflict, and the upload can be completed after reloading', async () => {
    const { base } = await draft();
    const stale = await version(base);
    const id = await upload(base, 'photo.png', samplePng(), 'image/png');
    // Another tab saves meanwhile.
    const other = await send(
      api,
      'PUT',
      `${base}/draft`,
      { answers: { projectTitle: 'Из другой вкладки' }, version: stale },
      cookie,
    );
    expect(other.status).toBe(200);
    const conflict = await complete(base, id, stale);
    expect(conflict.status).toBe(409);
    expect(await problemCode(conflict)).toBe('conflict/version-mismatch');
    const done = AttachmentResult.parse(await (await complete(base, id)).json());
    // The other tab's text is still there: nothing was overwritten.
    expect(done.application.answers.projectTitle).toBe('Из другой вкладки');
    expect(done.application.answers.attachments).toHaveLength(1);
    // A retried completion gets the same answer, not a second copy.
    const retried = AttachmentResult.parse(await (await complete(base, id)).json());
    expect(retried.application.answers.attachments).toHaveLength(1);
  });

  it('removes a file from the draft and deletes it, unless a submitted version names it', async () => {
    const { base } = await draft();
    const first = await upload(base, 'a.png', samplePng(), 'image/png');
    await complete(base, first);
    // As a browser sends it through the local server: an empty body stream, no headers for it.
    const removed = await api.app.request(
      `${base}/attachments/${first}?version=${await version(base)}`,
      {
        method: 'DELETE',
        headers: { cookie },
        body: new ReadableStream({ start: (controller) => controller.close() }),
        duplex: 'half',
      },
    );
    expect(removed.status).toBe(200);
    expect(Application.parse(await removed.json()).answers.attachments).toBeUndefined();
    expect(
      (await api.app.request(`${base}/attachments/${first}`, { headers: { cookie } })).status,
    ).toBe(404);

    const second = await upload(base, 'b.pdf', samplePdf(), 'application/pdf');
    await complete(base, second);
    await send(api, 'POST', `${base}/submit`, { version: await version(base) }, cookie);
    await send(api, 'POST', `${base}/reopen`, { version: await version(base) }, cookie);
    const stale = await api.app.request(`${base}/attachments/${second}?version=1`, {
      method: 'DELETE',
      headers: { cookie },
    });
    expect(stale.status).toBe(409);
    const kept = await api.app.request(
      `${base}/attachments/${second}?version=${await version(base)}`,
      { method: 'DELETE', headers: { cookie } },
    );
    expect(kept.status).toBe(200);
    // Gone from the draft, kept for the submitted version's receipt.
    expect(
      (await api.app.request(`${base}/attachments/${second}`, { headers: { cookie } })).status,
    ).toBe(200);
  });

  it('accepts CSV and DOCX where the form asks for them, and submit counts the files of a required field', async () => {
    const { base } = await draft(documentsForm);
    const empty = await send(api, 'POST', `${base}/submit`, { version: 1 }, cookie);
    expect(await problemCode(empty)).toBe('application/incomplete');
    const csv = strToU8('\ufeffстатья;сумма\nаренда;1000\n');
    const csvId = await upload(base, 'бюджет.csv', csv, 'text/csv', 'budgetSheet');
    const kept = AttachmentResult.parse(await (await complete(base, csvId)).json());
    expect(kept.attachment.contentType).toBe('text/csv');
    // A DOCX declared as CSV is refused: it is not text.
    const fake = await upload(base, 'x.csv', sampleDocx(), 'text/csv', 'budgetSheet');
    expect(await problemCode(await complete(base, fake))).toBe('attachment/content-mismatch');
    const docxId = await upload(
      base,
      'letter.docx',
      sampleDocx(),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'budgetSheet',
    );
    const docx = AttachmentResult.parse(await (await complete(base, docxId)).json());
    expect(docx.attachment.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const submitted = await send(
      api,
      'POST',
      `${base}/submit`,
      { version: await version(base) },
      cookie,
    );
    expect(submitted.status).toBe(200);
  });

  it('refuses a forged file reference on submit', async () => {
    const { base, id } = await draft(documentsForm);
    // Written past the API, as a bug or an old client might have left it.
    const stored = (await api.deps.applications.get(id))!;
    await api.deps.applications.update(
      {
        ...stored,
        answers: {
          budgetSheet: [{ fileId: 'att-forged', name: 'a.csv', size: 3, contentType: 'text/csv' }],
        },
        version: 2,
      },
      1,
    );
    const refused = await send(api, 'POST', `${base}/submit`, { version: 2 }, cookie);
    expect(refused.status).toBe(400);
    expect(Problem.parse(await refused.json()).errors?.[0]).toMatchObject({
      field: 'body.answers.budgetSheet.0',
      code: 'file_missing',
    });
  });

  it('lets readers download and nobody else: other NGOs and jurors never, organisers once submitted', async () => {
    const { base, id, competition } = await draft();
    const pngId = await upload(base, 'photo.png', samplePng(), 'image/png');
    await complete(base, pngId);
    const path = (organisationId: string) =>
      `/api/organisations/${organisationId}/applications/${id}/attachments/${pngId}`;
    const organiserPath = (competitionId: string) =>
      `/api/competitions/${competitionId}/applications/${id}/attachments/${pngId}`;
    const get = (url: string, persona: keyof World['personas']) =>
      api.app.request(url, {
        headers: world.personas[persona].cookie ? { cookie: world.personas[persona].cookie } : {},
      });

    expect((await get(path(world.organisationA), 'memberA')).status).toBe(200);
    expect((await get(path(world.organisationA), 'anonymous')).status).toBe(401);
    // Another NGO learns nothing, through its own path or through ours.
    expect((await get(path(world.organisationB), 'applicantB')).status).toBe(404);
    expect((await get(path(world.organisationA), 'applicantB')).status).toBe(404);
    expect((await get(path(world.organisationA), 'juror1')).status).toBe(404);

    // Make organiser1 an organiser of this competition too.
    await api.deps.competitionRoles.grant({
      competitionId: competition.id,
      userId: world.personas.organiser1.userId!,
      role: 'organiser',
      createdAt: now,
    });
    const organiser = await signInCookie(api, world.personas.organiser1.email!);
    const asOrganiser = (url: string) => api.app.request(url, { headers: { cookie: organiser } });
    // A draft is the NGO's own.
    expect((await asOrganiser(organiserPath(competition.id))).status).toBe(404);
    await send(api, 'POST', `${base}/submit`, { version: await version(base) }, cookie);
    const download = await asOrganiser(organiserPath(competition.id));
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(samplePng());
    expect((await get(organiserPath(competition.id), 'organiser2')).status).toBe(403);
    expect((await get(organiserPath(competition.id), 'juror1')).status).toBe(403);
    // Through another competition's path: not found.
    expect((await asOrganiser(organiserPath(world.competition1))).status).toBe(404);
  });

  it('lets a partner upload only into the sections opened to it', async () => {
    const { base, id } = await draft();
    const partners = await send(
      api,
      'PUT',
      `${base}/partners`,
      {
        partners: [
          {
            organisationId: world.organisationB,
            role: 'partner',
            editableSections: ['activitiesSection'],
          },
        ],
        version: 1,
      },
      cookie,
    );
    expect(partners.status).toBe(200);
    const asPartner = `/api/organisations/${world.organisationB}/applications/${id}`;
    const refused = await declare(
      asPartner,
      { name: 'a.png', size: 10, contentType: 'image/png' },
      'attachments',
      world.personas.applicantB.cookie,
    );
    expect(refused.status).toBe(403);
    await send(
      api,
      'PUT',
      `${base}/partners`,
      {
        partners: [
          {
            organisationId: world.organisationB,
            role: 'partner',
            editableSections: ['attachmentsSection'],
          },
        ],
        version: 2,
      },
      cookie,
    );
    const allowed = await declare(
      asPartner,
      { name: 'a.png', size: 10, contentType: 'image/png' },
      'attachments',
      world.personas.applicantB.cookie,
    );
    expect(allowed.status).toBe(201);
  });

  it('refuses uploads, completions and removals after the deadline by the server’s clock; files stay readable', async () => {
    const { base, competition } = await draft();
    const kept = await upload(base, 'a.png', samplePng(), 'image/png');
    await complete(base, kept);
    const pending = await upload(base, 'b.png', samplePng(), 'image/png');
    const before = await version(base);
    api.clock.set(competition.calendar.submissionDeadline);
    const late = await signInCookie(api, world.personas.applicantA.email!);
    try {
      const declared = await declare(
        base,
        { name: 'c.png', size: 10, contentType: 'image/png' },
        'attachments',
        late,
      );
      expect(declared.status).toBe(409);
      expect(await problemCode(declared)).toBe('application/deadline-passed');
      const completed = await send(
        api,
        'POST',
        `${base}/attachments/${pending}/complete`,
        { version: before },
        late,
      );
      expect(await problemCode(completed)).toBe('application/deadline-passed');
      const removed = await api.app.request(`${base}/attachments/${kept}?version=${before}`, {
        method: 'DELETE',
        headers: { cookie: late },
      });
      expect(await problemCode(removed)).toBe('application/deadline-passed');
      const read = await api.app.request(`${base}/attachments/${kept}`, {
        headers: { cookie: late },
      });
      expect(read.status).toBe(200);
    } finally {
      api.clock.set(now);
    }
  });
});
