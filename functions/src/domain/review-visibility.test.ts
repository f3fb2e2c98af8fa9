import { describe, expect, it } from 'vitest';
import {
  canJurorReadApplication,
  canJurorReadOtherReviews,
  revealsReviewerIdentity,
  reviewerLabels,
} from './review-visibility.ts';

describe('review visibility', () => {
  const assigned = { assigned: true, conflicted: false };

  it('hides an application from jurors who are unassigned or in conflict, whatever else holds', () => {
    expect(canJurorReadApplication(assigned)).toEqual({ allowed: true });
    for (const standing of [
      { assigned: false, conflicted: false },
      { assigned: true, conflicted: true },
      { assigned: false, conflicted: true },
    ]) {
      expect(canJurorReadApplication(standing)).toEqual({ allowed: false, reason: 'hidden' });
      // Not even a submitted review and an open competition reveal the others then.
      expect(canJurorReadOtherReviews(standing, 'submitted', true)).toEqual({
        allowed: false,
        reason: 'hidden',
      });
    }
  });

  it('shows the other reviews only after submitting, and only if the competition allows it', () => {
    expect(canJurorReadOtherReviews(assigned, undefined, true)).toMatchObject({
      reason: 'own-review-not-submitted',
    });
    expect(canJurorReadOtherReviews(assigned, 'draft', true)).toMatchObject({
      reason: 'own-review-not-submitted',
    });
    expect(canJurorReadOtherReviews(assigned, 'submitted', false)).toMatchObject({
      reason: 'competition-hides-reviews',
    });
    expect(canJurorReadOtherReviews(assigned, 'submitted', true)).toEqual({ allowed: true });
  });

  it('reveals who reviewed to organisers only', () => {
    expect(revealsReviewerIdentity('organiser')).toBe(true);
    expect(revealsReviewerIdentity('juror')).toBe(false);
    expect(revealsReviewerIdentity('applicant')).toBe(false);
  });

  it('numbers reviewers by first submission, so labels never change as reviews arrive', () => {
    const labels = reviewerLabels([
      { jurorId: 'zed', firstSubmittedAt: '2027-05-02T00:00:00Z' },
      { jurorId: 'amy', firstSubmittedAt: '2027-05-01T00:00:00Z' },
      { jurorId: 'bob' },
    ]);
    expect([...labels]).toEqual([
      ['amy', 'Reviewer 1'],
      ['zed', 'Reviewer 2'],
      ['bob', 'Reviewer 3'],
    ]);
  });
});
