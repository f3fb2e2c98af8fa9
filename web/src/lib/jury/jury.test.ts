import type { DeclarationItem } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import { affiliationChoices, matchesQuery, rowChanges, rowStateOf } from './declaration.ts';

const item = (overrides: Partial<DeclarationItem> = {}): DeclarationItem => ({
  applicationId: 'app-000001',
  title: 'Соседи помогают соседям',
  trackId: 'social-work',
  organisations: [
    { organisationId: 'org-000001', name: 'АНО «Тюменский альянс»', country: 'RU', role: 'lead' },
    { organisationId: 'org-000002', name: 'Public Oversight', country: 'KZ', role: 'partner' },
  ],
  conflict: { declared: false, byOrganiser: false, automatic: false },
  ...overrides,
});

describe('rowChanges', () => {
  const none = { declared: false, reason: '', bid: '' as const };

  it('asks for nothing when nothing changed', () => {
    expect(rowChanges(none, none)).toEqual({ conflict: undefined, bid: undefined });
  });

  it('declares, re-declares a new reason, and withdraws', () => {
    expect(rowChanges(none, { ...none, declared: true }).conflict).toBe('put');
    const declared = { ...none, declared: true, reason: 'Board member' };
    expect(rowChanges(declared, { ...declared, reason: 'Board member ' }).conflict).toBeUndefined();
    expect(rowChanges(declared, { ...declared, reason: 'Former board member' }).conflict).toBe(
      'put',
    );
    expect(rowChanges(declared, { ...declared, declared: false }).conflict).toBe('delete');
  });

  it('puts and clears bids', () => {
    expect(rowChanges(none, { ...none, bid: 'want' }).bid).toBe('put');
    expect(rowChanges({ ...none, bid: 'want' }, { ...none, bid: 'not' }).bid).toBe('put');
    expect(rowChanges({ ...none, bid: 'want' }, none).bid).toBe('delete');
  });

  it('starts from what the server holds', () => {
    expect(
      rowStateOf(
        item({
          conflict: { declared: true, reason: 'x', byOrganiser: false, automatic: false },
          bid: 'not',
        }),
      ),
    ).toEqual({ declared: true, reason: 'x', bid: 'not' });
  });
});

describe('matchesQuery', () => {
  it('finds words in the title or any organisation, in any case', () => {
    expect(matchesQuery(item(), '')).toBe(true);
    expect(matchesQuery(item(), 'СОСЕДИ')).toBe(true);
    expect(matchesQuery(item(), 'oversight соседям')).toBe(true);
    expect(matchesQuery(item(), 'museum')).toBe(false);
  });
});

describe('affiliationChoices', () => {
  it('names each organisation once, sorted by name', () => {
    const choices = affiliationChoices([
      item(),
      item({
        applicationId: 'app-000002',
        organisations: [{ organisationId: 'org-000002', name: 'Public Oversight', role: 'lead' }],
      }),
    ]);
    expect(choices.map((choice) => choice.organisationId)).toEqual(['org-000002', 'org-000001']);
  });
});
