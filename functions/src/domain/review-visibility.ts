/**
 * Who reads what of the review, in one place (conventions §8, after OpenReview's readers):
 *
 * - A juror reads an application, its reviews and its scores only while assigned to it and not
 *   in conflict with it. Otherwise the application does not exist for them (404), so that
 *   nobody learns what they may not read, not even whether it is there.
 * - A juror reads the other jurors' reviews of an application only after submitting their own,
 *   and only if the competition allows it. Even then the others are labelled, never named.
 * - Organisers read every review with its juror. Applicants never learn who reviewed them.
 */

export interface JurorStanding {
  assigned: boolean;
  conflicted: boolean;
}

export type ReviewReadDecision =
  | { allowed: true }
  | { allowed: false; reason: 'hidden' }
  | { allowed: false; reason: 'own-review-not-submitted' | 'competition-hides-reviews' };

/**
 * Whether a juror may read an application, their review of it, and its scores. A conflict wins
 * over an assignment: a conflict declared after assignment closes the application at once.
 *
 * @example canJurorReadApplication({ assigned: true, conflicted: true }) // { allowed: false, reason: 'hidden' }
 */
export function canJurorReadApplication(standing: JurorStanding): ReviewReadDecision {
  if (standing.conflicted || !standing.assigned) return { allowed: false, reason: 'hidden' };
  return { allowed: true };
}

/**
 * Whether a juror may read the other jurors' reviews of an application now.
 *
 * @example canJurorReadOtherReviews({ assigned: true, conflicted: false }, 'draft', true)
 * // { allowed: false, reason: 'own-review-not-submitted' }
 */
export function canJurorReadOtherReviews(
  standing: JurorStanding,
  ownReviewStatus: 'draft' | 'submitted' | undefined,
  showOtherReviewsAfterSubmit: boolean,
): ReviewReadDecision {
  const application = canJurorReadApplication(standing);
  if (!application.allowed) return application;
  if (!showOtherReviewsAfterSubmit) return { allowed: false, reason: 'competition-hides-reviews' };
  if (ownReviewStatus !== 'submitted')
    return { allowed: false, reason: 'own-review-not-submitted' };
  return { allowed: true };
}

/** Who may see which juror wrote a review: organisers only. */
export function revealsReviewerIdentity(viewer: 'organiser' | 'juror' | 'applicant'): boolean {
  return viewer === 'organiser';
}

/**
 * Labels for the reviews of one application, numbered in the order they were first submitted
 * (ties by juror id), so a label never changes once given: an extra juror's review comes last.
 *
 * @example reviewerLabels([{ jurorId: 'b', firstSubmittedAt: '2027-05-02' }, { jurorId: 'a', firstSubmittedAt: '2027-05-01' }])
 * // Map { 'a' => 'Reviewer 1', 'b' => 'Reviewer 2' }
 */
export function reviewerLabels(
  reviews: readonly { jurorId: string; firstSubmittedAt?: string | undefined }[],
): Map<string, string> {
  const ordered = [...reviews].sort(
    (a, b) =>
      (a.firstSubmittedAt ?? '\uffff').localeCompare(b.firstSubmittedAt ?? '\uffff') ||
      a.jurorId.localeCompare(b.jurorId),
  );
  return new Map(ordered.map((review, index) => [review.jurorId, `Reviewer ${index + 1}`]));
}
