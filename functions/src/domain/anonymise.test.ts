import {
  bestPracticeAwardTemplate,
  crossBorderSocialProjectTemplate,
  type FormDefinition,
} from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { exampleBestPracticeAnswers } from '../../../schemas/src/forms/examples.ts';
import { anonymiseAnswers, readableAnswers, readableApplication } from './anonymise.ts';

describe('blind review', () => {
  it('hides contacts and team names of the best-practice form and keeps the rest', () => {
    const answers = exampleBestPracticeAnswers();
    const result = anonymiseAnswers(bestPracticeAwardTemplate, answers);
    expect(result.hiddenFields).toEqual(['contactEmail', 'contactPhone', 'website', 'team.name']);
    expect(result.answers).not.toHaveProperty('contactEmail');
    expect(result.answers).not.toHaveProperty('contactPhone');
    expect(result.answers).not.toHaveProperty('website');
    expect(JSON.stringify(result.answers)).not.toMatch(/Смирнова|Нұрланқызы/);
    // The roles stay: reviewers judge what the team does, not who its members are.
    expect(JSON.stringify(result.answers)).toContain('Координатор волонтёров');
    expect(result.answers.practiceTitle).toBe(answers.practiceTitle);
    expect(result.answers.region).toEqual(answers.region);
    expect(Object.keys(result.answers)).toHaveLength(Object.keys(answers).length - 3);
  });

  it('removes partner organisation names from the rows of the cross-border form', () => {
    const answers = {
      problem: 'Одинокие пожилые люди в сёлах',
      partners: [
        { organisationName: 'Фонд «Степь»', country: 'KZ', role: 'Волонтёры', contribution: '…' },
        { organisationName: 'АНО «Мост»', country: 'RU', role: 'Методика', contribution: '…' },
      ],
    };
    const result = anonymiseAnswers(crossBorderSocialProjectTemplate, answers);
    expect(result.hiddenFields).toEqual(['partners.organisationName']);
    expect(result.answers.partners).toEqual([
      { country: 'KZ', role: 'Волонтёры', contribution: '…' },
      { country: 'RU', role: 'Методика', contribution: '…' },
    ]);
    expect(JSON.stringify(result.answers)).not.toMatch(/Степь|Мост/);
  });

  it('hides a field flagged personal whole, even a group, and lists only answered ones', () => {
    const form: FormDefinition = {
      id: 'team-form',
      version: 1,
      title: { en: 'Team' },
      sections: [
        {
          id: 'team',
          title: { en: 'Team' },
          fields: [
            {
              id: 'leader',
              type: 'short_text',
              label: { en: 'Project leader' },
              required: true,
              personal: true,
              limit: { unit: 'characters', max: 100 },
            },
            {
              id: 'members',
              type: 'repeatable_group',
              label: { en: 'Members' },
              required: false,
              personal: true,
              minRows: 0,
              maxRows: 5,
              fields: [
                {
                  id: 'name',
                  type: 'short_text',
                  label: { en: 'Name' },
                  required: true,
                  limit: { unit: 'characters', max: 100 },
                },
              ],
            },
            { id: 'site', type: 'url', label: { en: 'Site' }, required: false },
          ],
        },
      ],
    };
    const result = anonymiseAnswers(form, {
      leader: 'Вера Сорокина',
      members: [{ name: 'Кирилл' }],
    });
    expect(result).toEqual({ answers: {}, hiddenFields: ['leader', 'members'] });
  });

  it('hides what it cannot classify: answers of unknown fields, or everything without a form', () => {
    expect(
      anonymiseAnswers(bestPracticeAwardTemplate, { practiceTitle: 'T', legacyContact: 'x@y.z' }),
    ).toEqual({ answers: { practiceTitle: 'T' }, hiddenFields: ['legacyContact'] });
    expect(anonymiseAnswers(undefined, { b: 1, a: 2 })).toEqual({
      answers: {},
      hiddenFields: ['a', 'b'],
    });
  });

  it('leaves organisation names out of a blind application but keeps countries', () => {
    const application = {
      id: 'app-000001',
      title: 'Онлайн-встречи',
      trackId: 'social-work',
      country: 'RU',
      formVersion: 1,
      answers: exampleBestPracticeAnswers(),
      lead: { name: 'АНО «Забота онлайн»', country: 'RU' },
      partners: [{ role: 'partner' as const, name: 'ОО «Степь»', country: 'KZ' }],
    };
    const blind = readableApplication(application, bestPracticeAwardTemplate, true);
    expect(blind.organisations).toEqual([
      { role: 'lead', country: 'RU' },
      { role: 'partner', country: 'KZ' },
    ]);
    expect(JSON.stringify(blind)).not.toMatch(/Забота|Степь|info@example\.ru|\+7 \(495\)/);
    expect(blind.hiddenFields).toEqual(['contactEmail', 'contactPhone', 'website', 'team.name']);

    const open = readableApplication(application, bestPracticeAwardTemplate, false);
    expect(open.organisations[0]).toEqual({
      role: 'lead',
      name: 'АНО «Забота онлайн»',
      country: 'RU',
    });
    expect(open.answers).toEqual(application.answers);
    expect(open.hiddenFields).toEqual([]);
  });

  it('renames attached files neutrally in form order, keeping ids and the extension of their real type', () => {
    const file = (fileId: string, name: string, contentType: string) => ({
      fileId,
      name,
      size: 1000,
      contentType,
      sha256: 'a'.repeat(64),
    });
    const form: FormDefinition = {
      id: 'files',
      version: 1,
      title: { en: 'Files' },
      sections: [
        {
          id: 'one',
          title: { en: 'One' },
          fields: [
            { id: 'country', type: 'country', label: { en: 'Country' }, required: false },
            {
              id: 'signed',
              type: 'file',
              label: { en: 'Signed by the director' },
              required: false,
              personal: true,
              accept: ['application/pdf'],
              maxBytes: 10_000,
              maxCount: 1,
            },
          ],
        },
        {
          id: 'two',
          title: { en: 'Two' },
          fields: [
            {
              id: 'evidence',
              type: 'file',
              label: { en: 'Evidence' },
              required: false,
              accept: ['application/pdf', 'image/*'],
              maxBytes: 10_000,
              maxCount: 5,
            },
          ],
        },
      ],
    };
    const answers = {
      country: 'KZ',
      // Out of form order on purpose: numbering follows the form, not the object.
      evidence: [
        file('att-pdf', 'Устав АНО «Мост».pdf', 'application/pdf'),
        file('att-jpeg', 'Мост на открытии.JPEG', 'image/jpeg'),
        file('att-png', 'most-logo', 'image/png'),
        file('att-odd', 'Отчёт Мост.exe', 'application/pdf'),
      ],
      signed: [file('att-signed', 'Подпись директора Мост.pdf', 'application/pdf')],
    };
    const blind = readableAnswers(form, answers, true);
    expect(blind.hiddenFields).toEqual(['signed']);
    expect(blind.answers.evidence).toEqual([
      file('att-pdf', 'attachment-1.pdf', 'application/pdf'),
      file('att-jpeg', 'attachment-2.jpeg', 'image/jpeg'),
      file('att-png', 'attachment-3.png', 'image/png'),
      file('att-odd', 'attachment-4.pdf', 'application/pdf'),
    ]);
    expect(JSON.stringify(blind.answers.evidence)).not.toMatch(/Мост|most/i);
    // The stored answers are not touched.
    expect(answers.evidence[0]?.name).toBe('Устав АНО «Мост».pdf');

    const open = readableAnswers(form, answers, false);
    expect(open.answers).toEqual(answers);
  });
});
