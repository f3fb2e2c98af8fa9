import { describe, expect, it } from 'vitest';
import type { AssignmentViolation } from './assignment/index.ts';
import { assignmentChanges, judgeEdit } from './assignment-edits.ts';

const violation = (
  rule: AssignmentViolation['rule'],
  application?: string,
  juror?: string,
): AssignmentViolation => ({
  rule,
  message: rule,
  ...(application ? { application } : {}),
  ...(juror ? { juror } : {}),
});

describe('judgeEdit', () => {
  const k = () => 3;

  it('blocks new hard violations and lets earlier ones stand', () => {
    const before = [violation('maxLoad', undefined, 'j1')];
    const after = [
      violation('maxLoad', undefined, 'j1'),
      violation('conflict', 'a1', 'j2'),
      violation('maxLoad', undefined, 'j3'),
    ];
    const { blocking } = judgeEdit(before, after, () => 3, k);
    expect(blocking.map((item) => [item.rule, item.juror])).toEqual([
      ['conflict', 'j2'],
      ['maxLoad', 'j3'],
    ]);
  });

  it('only warns about counts later edits can fix', () => {
    const after = [violation('kReviews', 'a1'), violation('minLoad', undefined, 'j1')];
    expect(judgeEdit([], after, () => 2, k)).toEqual({ blocking: [], warnings: after });
  });

  it('checks cross-border and local-expert rules once the application has its k jurors', () => {
    const after = [violation('crossBorder', 'a1'), violation('localExpert', 'a2')];
    const counts: Record<string, number> = { a1: 2, a2: 3 };
    const { blocking, warnings } = judgeEdit([], after, (id) => counts[id] ?? 0, k);
    expect(warnings.map((item) => item.application)).toEqual(['a1']);
    expect(blocking.map((item) => item.application)).toEqual(['a2']);
  });
});

describe('assignmentChanges', () => {
  it('adds the new pairs and removes unchosen ones, never a kept one', () => {
    const pair = (application: string, juror: string) => ({ application, juror });
    const current = [pair('a1', 'j1'), pair('a1', 'j2'), pair('a2', 'j1'), pair('gone', 'j3')];
    const chosen = [pair('a1', 'j1'), pair('a1', 'j3'), pair('a2', 'j2')];
    const started = new Set(['a2/j1']);
    const changes = assignmentChanges(current, chosen, (p) =>
      started.has(`${p.application}/${p.juror}`),
    );
    expect(changes.add).toEqual([pair('a1', 'j3'), pair('a2', 'j2')]);
    expect(changes.remove).toEqual([pair('a1', 'j2'), pair('gone', 'j3')]);
    expect(changes.unchanged).toBe(1);
  });
});
