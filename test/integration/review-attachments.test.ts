import { beforeAll, describe, expect, it } from 'vitest';
import { Problem, ReviewWorkspace, type FileRef } from '@laureate/schemas';
import { attachmentDisposition } from '../../functions/src/ports/file-store.ts';
import { samplePdf, samplePng } from '../helpers/sample-files.ts';
import {
  assignDirectly,
  attachFiles,
  call,
  createReviewWorld,
  type ReviewWorld,
} from '../helpers/review-world.ts';
import { createTestApi, type TestApi } from '../helpers/test-api.ts';

/**
 * Jurors open the files attached to the applications they review (docs/jury.md, "Scoring
 * workspace"): the same bytes organisers download, through a route that answers 404 to a
 * juror not assigned or in conflict, and for any file the workspace does not show; in a blind
 * competition under a neutral name.
 */

// Names as applicants' computers have them: they name the organisation.
const charter = {
  name: 'Устав АНО «Мост».pdf',
  bytes: samplePdf('Charter'),
  contentType: 'application/pdf',
};
const photo = { name: 'Мост — открытие.PNG', bytes: samplePng(6, 6), contentType: 'image/png' };
const budget = {
  name: 'Смета Степь.pdf',
  bytes: samplePdf('Budget', 2048),
  contentType: 'application/pdf',
};

const bytesOf = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('jurors download the attachments of the applications they review', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ now: '2027-03-01T10:00:00Z' });
  });

  /** A world of its own for each api, with two files on the RU application and one on KZ. */
  async function setUp(blind: boolean) {
    const world = await createReviewWorld(api, { blind });
    const [charterId, photoId] = await attachFiles(api, world, world.applications.ru, [
      charter,
      photo,
    ]);
    const [budgetId] = await attachFiles(api, world, world.applications.kz, [budget]);
    return { world, files: { charter: charterId!, photo: photoId!, budget: budgetId! } };
  }

  const reviewPath = (world: ReviewWorld, applicationId: string, suffix = '') =>
    `/competitions/${world.competitionId}/reviews/${applicationId}${suffix}`;
  const filePath = (world: ReviewWorld, applicationId: string, fileId: string) =>
    reviewPath(world, applicationId, `/attachments/${fileId}`);
  const organiserPath = (world: ReviewWorld, applicationId: string, fileId: string) =>
    `/competitions/${world.competitionId}/applications/${applicationId}/attachments/${fileId}`;

  async function workspaceFiles(world: ReviewWorld, cookie: string) {
    const response = await call(api, 'GET', reviewPath(world, world.applications.ru), cookie);
    expect(response.status).toBe(200);
    const text = await response.text();
    const workspace = ReviewWorkspace.parse(JSON.parse(text));
    return { text, files: workspace.application.answers.attachments as FileRef[] };
  }

  /** A 404 like every review route's: a problem that names neither the application nor the file. */
  async function expectNotFound(response: Response, ...ids: string[]) {
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const text = await response.text();
    expect(Problem.parse(JSON.parse(text)).code).toBe('resource/not-found');
    for (const id of ids) expect(text).not.toContain(id);
  }

  it('gives the assigned juror the very bytes organisers download, named as the applicant named them', async () => {
    const { world, files } = await setUp(false);
    const juror = world.jurors.ru1;
    await assignDirectly(api, world, world.applications.ru, juror.id);

    const { files: shown } = await workspaceFiles(world, juror.cookie);
    expect(shown.map((file) => [file.fileId, file.name])).toEqual([
      [files.charter, charter.name],
      [files.photo, photo.name],
    ]);

    for (const [fileId, picked] of [
      [files.charter, charter],
      [files.photo, photo],
    ] as const) {
      const download = await call(
        api,
        'GET',
        filePath(world, world.applications.ru, fileId),
        juror.cookie,
      );
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(picked.contentType);
      expect(download.headers.get('content-disposition')).toBe(attachmentDisposition(picked.name));
      expect(download.headers.get('cache-control')).toBe('private, no-store');
      expect(await bytesOf(download)).toEqual(picked.bytes);

      const organisers = await call(
        api,
        'GET',
        organiserPath(world, world.applications.ru, fileId),
        world.organiser.cookie,
      );
      expect(organisers.status).toBe(200);
      for (const header of ['content-type', 'content-length', 'content-disposition'])
        expect(download.headers.get(header)).toBe(organisers.headers.get(header));
      expect(await bytesOf(organisers)).toEqual(picked.bytes);
    }
  });

  it('names files neutrally in a blind competition, in the workspace and in the download, keeping the extension', async () => {
    const { world, files } = await setUp(true);
    const juror = world.jurors.ru1;
    await assignDirectly(api, world, world.applications.ru, juror.id);

    const { text, files: shown } = await workspaceFiles(world, juror.cookie);
    expect(shown.map((file) => [file.fileId, file.name, file.size])).toEqual([
      [files.charter, 'attachment-1.pdf', charter.bytes.length],
      [files.photo, 'attachment-2.png', photo.bytes.length],
    ]);
    expect(text).not.toMatch(/Мост|Степь|Ертіс/);

    const download = await call(
      api,
      'GET',
      filePath(world, world.applications.ru, files.charter),
      juror.cookie,
    );
    expect(download.status).toBe(200);
    const disposition = download.headers.get('content-disposition')!;
    expect(disposition).toBe(
      `attachment; filename="attachment-1.pdf"; filename*=UTF-8''attachment-1.pdf`,
    );
    expect(decodeURIComponent(disposition)).not.toMatch(/Мост|Устав/);
    // The content is the applicant's, untouched.
    expect(await bytesOf(download)).toEqual(charter.bytes);
    // Organisers still download it under its own name.
    const organisers = await call(
      api,
      'GET',
      organiserPath(world, world.applications.ru, files.charter),
      world.organiser.cookie,
    );
    expect(organisers.headers.get('content-disposition')).toBe(attachmentDisposition(charter.name));
  });

  it('hides a file blind review hides: a file field flagged as naming a person or an organisation', async () => {
    const { world, files } = await setUp(true);
    const juror = world.jurors.ru1;
    await assignDirectly(api, world, world.applications.ru, juror.id);
    const path = filePath(world, world.applications.ru, files.charter);
    expect((await call(api, 'GET', path, juror.cookie)).status).toBe(200);

    // The organisers flag the attachments field `personal` in a new version of the form, which
    // the application then answers: blind review now hides the field, files and all.
    const competition = (await api.deps.competitions.get(world.competitionId))!;
    const form = (await api.deps.competitions.getForm(world.competitionId, 1))!;
    await api.deps.competitions.saveForm(
      { ...competition, formVersion: 2, version: competition.version + 1 },
      competition.version,
      {
        ...form,
        version: 2,
        sections: form.sections.map((section) => ({
          ...section,
          fields: section.fields.map((field) =>
            field.id === 'attachments' ? { ...field, personal: true } : field,
          ),
        })),
      },
    );
    const application = (await api.deps.applications.get(world.applications.ru))!;
    await api.deps.applications.update(
      { ...application, formVersion: 2, version: application.version + 1 },
      application.version,
    );

    const response = await call(api, 'GET', reviewPath(world, world.applications.ru), juror.cookie);
    const workspace = ReviewWorkspace.parse(await response.json());
    expect(workspace.application.hiddenFields).toContain('attachments');
    expect(workspace.application.answers.attachments).toBeUndefined();
    await expectNotFound(await call(api, 'GET', path, juror.cookie), files.charter);
  });

  it('answers 404 for a file the workspace does not show: another application’s, an unknown one, one the application no longer names', async () => {
    const { world, files } = await setUp(false);
    const juror = world.jurors.ru1;
    await assignDirectly(api, world, world.applications.ru, juror.id);
    await assignDirectly(api, world, world.applications.kz, juror.id);
    const get = (applicationId: string, fileId: string) =>
      call(api, 'GET', filePath(world, applicationId, fileId), juror.cookie);

    // Each file through its own application, and through no other.
    expect((await get(world.applications.kz, files.budget)).status).toBe(200);
    await expectNotFound(await get(world.applications.ru, files.budget), files.budget);
    await expectNotFound(await get(world.applications.kz, files.charter), files.charter);
    await expectNotFound(await get(world.applications.ru, 'att-nothing-here'));

    // The answers stop naming the photo (as after a reopened draft dropped it while a submitted
    // version keeps its bytes): its record is still there, but the juror no longer sees it.
    const application = (await api.deps.applications.get(world.applications.ru))!;
    const kept = (application.answers.attachments as FileRef[]).filter(
      (file) => file.fileId !== files.photo,
    );
    await api.deps.applications.update(
      {
        ...application,
        answers: { ...application.answers, attachments: kept },
        version: application.version + 1,
      },
      application.version,
    );
    expect((await api.deps.attachments.get(world.applications.ru, files.photo))?.status).toBe(
      'stored',
    );
    await expectNotFound(await get(world.applications.ru, files.photo), files.photo);
    expect((await get(world.applications.ru, files.charter)).status).toBe(200);
  });

  it('answers 404 to a juror not assigned to the application, and 401 or 403 to anyone not a juror, as the other review routes do', async () => {
    const { world, files } = await setUp(false);
    await assignDirectly(api, world, world.applications.kz, world.jurors.kz2.id);
    const path = filePath(world, world.applications.ru, files.charter);
    // Assigned elsewhere in the competition, not here.
    await expectNotFound(await call(api, 'GET', path, world.jurors.kz2.cookie), files.charter);
    // Not a juror: the review routes' access rule answers first, as for the workspace.
    for (const person of [world.organiser, world.owner]) {
      const response = await call(api, 'GET', path, person.cookie);
      expect(response.status).toBe(403);
      expect(Problem.parse(await response.json()).code).toBe('auth/forbidden');
    }
    expect((await api.app.request(`/api${path}`)).status).toBe(401);
    // The file is there: the organisers read it through their own route.
    expect(
      (
        await call(
          api,
          'GET',
          organiserPath(world, world.applications.ru, files.charter),
          world.organiser.cookie,
        )
      ).status,
    ).toBe(200);
  });

  it('answers 404 to an assigned juror in conflict, from every source, as soon as the conflict exists', async () => {
    const { world, files } = await setUp(false);
    const { ru } = world.applications;
    const { member, ru2, kz1, kz2 } = world.jurors;
    for (const juror of [member, ru2, kz1, kz2]) await assignDirectly(api, world, ru, juror.id);
    const path = filePath(world, ru, files.charter);
    const get = (cookie: string) => call(api, 'GET', path, cookie);

    // A member of the lead organisation: in conflict from the start.
    await expectNotFound(await get(member.cookie), files.charter);

    // A member of the partner organisation, from the moment they join it.
    expect((await get(ru2.cookie)).status).toBe(200);
    await api.deps.organisations.addMember({
      organisationId: world.organisations.partner,
      userId: ru2.id,
      role: 'member',
      joinedAt: api.clock.now().toISOString(),
    });
    await expectNotFound(await get(ru2.cookie), files.charter);

    // Affiliated with the lead organisation, as the juror's own profile says.
    expect((await get(kz2.cookie)).status).toBe(200);
    const profile = (await (
      await call(api, 'GET', `/competitions/${world.competitionId}/jury/me`, kz2.cookie)
    ).json()) as { version: number };
    const affiliated = await call(
      api,
      'PATCH',
      `/competitions/${world.competitionId}/jury/me`,
      kz2.cookie,
      { affiliationOrganisationId: world.organisations.ru, version: profile.version },
    );
    expect(affiliated.status).toBe(200);
    await expectNotFound(await get(kz2.cookie), files.charter);

    // Declared by the juror; withdrawn, the file is theirs to read again.
    const ownDeclaration = `/competitions/${world.competitionId}/conflicts/${ru}`;
    expect((await get(kz1.cookie)).status).toBe(200);
    expect((await call(api, 'PUT', ownDeclaration, kz1.cookie, {})).status).toBe(204);
    await expectNotFound(await get(kz1.cookie), files.charter);
    expect((await call(api, 'DELETE', ownDeclaration, kz1.cookie)).status).toBe(204);
    expect((await get(kz1.cookie)).status).toBe(200);

    // Declared by the organisers: the juror's own withdrawal does not lift it.
    const byOrganisers = await call(
      api,
      'POST',
      `/competitions/${world.competitionId}/applications/${ru}/conflicts/${kz1.id}`,
      world.organiser.cookie,
      { reason: 'Former employee of the lead organisation' },
    );
    expect(byOrganisers.status).toBe(204);
    await expectNotFound(await get(kz1.cookie), files.charter);
    await call(api, 'DELETE', ownDeclaration, kz1.cookie);
    await expectNotFound(await get(kz1.cookie), files.charter);
  });
});
