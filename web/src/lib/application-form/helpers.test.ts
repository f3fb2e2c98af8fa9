import { budgetTotal, characterCount, wordCount } from '@laureate/schemas';
import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  countCharacters,
  countWords,
  problemsByField,
  readLocalDraft,
  shouldOfferRestore,
  sumBudget,
  textCount,
  withAnswer,
  writeLocalDraft,
  clearLocalDraft,
} from './helpers.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('counters', () => {
  const samples = ['', '   ', 'one', ' two  words ', 'Проект для\nсела  Алматы', 'emoji 👍🏽 ok'];
  it('count words and characters exactly as the server does', () => {
    for (const text of samples) {
      expect(countWords(text)).toBe(wordCount(text));
      expect(countCharacters(text)).toBe(characterCount(text));
    }
  });

  it('reports a count over its limit', () => {
    expect(textCount('a b c', { unit: 'words', max: 2 })).toEqual({ count: 3, max: 2, over: true });
    expect(textCount('abc', { unit: 'characters', max: 3 })).toEqual({
      count: 3,
      max: 3,
      over: false,
    });
  });
});

describe('sumBudget', () => {
  it('agrees with the server’s total, cents included', () => {
    const lines = [
      { item: 'Hall', quantity: 3, unitCost: 0.1 },
      { item: 'Tea', quantity: 7, unitCost: 1234.57 },
    ];
    expect(sumBudget(lines)).toBe(budgetTotal({ lines }));
    expect(sumBudget([])).toBe(0);
  });
});

describe('answerProblems', () => {
  it('ties each error to its top-level field', () => {
    const problems = answerProblems([
      { field: 'body.answers.summary', message: 'Required', code: 'custom' },
      { field: 'body.answers.partners.2.country', message: 'Bad', code: 'custom' },
      { field: 'body.answers.partners.0.name', message: 'Also bad', code: 'custom' },
      { field: 'body.version', message: 'Stale', code: 'custom' },
    ]);
    expect(problems.map((p) => p.fieldId)).toEqual(['summary', 'partners', 'partners', '_']);
    expect(problems[1]?.path).toBe('partners.2.country');
    expect(problemsByField(problems)).toEqual({
      summary: 'Required',
      partners: 'Bad',
      _: 'Stale',
    });
  });
});

describe('local drafts', () => {
  it('round-trip through storage and ignore junk', () => {
    const storage = new MemoryStorage();
    const draft = { answers: { a: 'x' }, baseVersion: 2, savedAt: '2027-01-01T00:00:00Z' };
    writeLocalDraft(storage, 'app1', draft);
    expect(readLocalDraft(storage, 'app1')).toEqual(draft);
    clearLocalDraft(storage, 'app1');
    expect(readLocalDraft(storage, 'app1')).toBeUndefined();
    storage.setItem('laureate.draft.app2', '{not json');
    expect(readLocalDraft(storage, 'app2')).toBeUndefined();
  });

  it('offer a restore only for newer, different answers', () => {
    const server = { answers: { a: 'x', b: 1 }, updatedAt: '2027-01-01T10:00:00Z' };
    const newer = '2027-01-01T11:00:00Z';
    expect(shouldOfferRestore(undefined, server)).toBe(false);
    expect(
      shouldOfferRestore({ answers: { b: 1, a: 'x' }, baseVersion: 1, savedAt: newer }, server),
    ).toBe(false);
    expect(
      shouldOfferRestore({ answers: { a: 'y' }, baseVersion: 1, savedAt: newer }, server),
    ).toBe(true);
    expect(
      shouldOfferRestore(
        { answers: { a: 'y' }, baseVersion: 1, savedAt: '2027-01-01T09:00:00Z' },
        server,
      ),
    ).toBe(false);
  });
});

describe('withAnswer', () => {
  it('drops emptied answers', () => {
    expect(withAnswer({ a: 'x', b: 'y' }, 'a', '')).toEqual({ b: 'y' });
    expect(withAnswer({}, 'n', 0)).toEqual({ n: 0 });
  });
});
