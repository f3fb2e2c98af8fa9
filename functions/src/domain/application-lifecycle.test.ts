import { describe, expect, it } from 'vitest';
import { competitionPhases } from '@laureate/schemas';
import {
  applicationStatuses,
  decideTransition,
  type ApplicationAction,
} from './application-lifecycle.ts';

describe('decideTransition', () => {
  it('lets an applicant submit a draft while the call is open', () => {
    expect(decideTransition('draft', 'submit', { role: 'applicant', phase: 'call_open' })).toEqual({
      allowed: true,
      next: 'submitted',
    });
  });

  it('refuses submitting and editing after the deadline, saying which phase it needed', () => {
    for (const action of ['submit', 'edit', 'withdraw'] as const) {
      expect(decideTransition('draft', action, { role: 'applicant', phase: 'screening' })).toEqual({
        allowed: false,
        reason: 'wrong-phase',
        phase: 'screening',
        requiredPhase: 'call_open',
      });
    }
  });

  it('allows withdrawing and reopening only before the deadline', () => {
    expect(
      decideTransition('submitted', 'reopen', { role: 'applicant', phase: 'call_open' }),
    ).toEqual({
      allowed: true,
      next: 'draft',
    });
    expect(
      decideTransition('submitted', 'withdraw', { role: 'applicant', phase: 'call_open' }),
    ).toEqual({
      allowed: true,
      next: 'withdrawn',
    });
    expect(
      decideTransition('submitted', 'reopen', { role: 'applicant', phase: 'review' }).allowed,
    ).toBe(false);
  });

  it('keeps screening and decisions with organisers, in their phases', () => {
    expect(
      decideTransition('submitted', 'mark-eligible', { role: 'applicant', phase: 'screening' }),
    ).toEqual({
      allowed: false,
      reason: 'wrong-role',
      role: 'applicant',
    });
    expect(
      decideTransition('submitted', 'mark-ineligible', { role: 'organiser', phase: 'screening' }),
    ).toEqual({
      allowed: true,
      next: 'ineligible',
    });
    expect(
      decideTransition('draft', 'mark-eligible', { role: 'organiser', phase: 'screening' }),
    ).toMatchObject({
      reason: 'wrong-status',
      status: 'draft',
    });
    expect(
      decideTransition('shortlisted', 'award', { role: 'organiser', phase: 'deliberation' }),
    ).toEqual({
      allowed: true,
      next: 'winner',
    });
  });

  it('never lets anything leave the winner status, in any phase, for anyone', () => {
    const actions: ApplicationAction[] = [
      'edit',
      'submit',
      'withdraw',
      'reopen',
      'mark-eligible',
      'mark-ineligible',
      'start-review',
      'shortlist',
      'decline',
      'award',
    ];
    for (const action of actions) {
      for (const phase of competitionPhases) {
        for (const role of ['applicant', 'organiser'] as const) {
          expect(decideTransition('winner', action, { role, phase }).allowed).toBe(false);
        }
      }
    }
  });

  it('reaches every status through some allowed move, and no other', () => {
    const reachable = new Set<string>();
    for (const status of applicationStatuses) {
      for (const phase of competitionPhases) {
        for (const role of ['applicant', 'organiser'] as const) {
          for (const action of [
            'submit',
            'withdraw',
            'reopen',
            'mark-eligible',
            'mark-ineligible',
            'start-review',
            'shortlist',
            'decline',
            'award',
          ] as const) {
            const result = decideTransition(status, action, { role, phase });
            if (result.allowed) reachable.add(result.next);
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...applicationStatuses].sort());
  });
});
