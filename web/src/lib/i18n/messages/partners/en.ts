/**
 * English messages of a joint application's partner list and its editor: downloaded with
 * that part of the application page, after the page has rendered. Russian and Kazakh must
 * have exactly these keys.
 */
export const partnersEn = {
  'partners.title': 'Partner organisations',
  'partners.none':
    'No partner organisations yet. The lead organisation can add partners from any country of the competition.',
  'partners.role.co_applicant': 'co-applicant',
  'partners.role.partner': 'partner',
  'partners.edits': 'Its members may edit: {sections}.',
  'partners.readsOnly': 'Its members may read the application.',
  'partners.youArePartner':
    'Your organisation is a partner on this application: you can read all of it and edit the sections the lead organisation opened to you. Only the lead organisation submits.',
  'partners.edit': 'Add or change partners',
  'partners.role': 'Role',
  'partners.contribution': 'Its part in the project',
  'partners.sections': 'Sections its members may edit',
  'partners.remove': 'Remove {name}',
  'partners.add': 'Add a partner',
  'partners.country': 'Country',
  'partners.noneListed': 'No other organisation of this country is listed in the directory.',
  'partners.organisation': 'Organisation',
  'partners.more': 'List more organisations of this country',
  'partners.addButton': 'Add to the list',
  'partners.save': 'Save the partners',
  'partners.cancel': 'Cancel',
};

import type { PluralForms } from '../en.ts';

export type PartnersKey = keyof typeof partnersEn;
export type PartnersMessages = {
  [Key in PartnersKey]: (typeof partnersEn)[Key] extends string ? string : PluralForms;
};
