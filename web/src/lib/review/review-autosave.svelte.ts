import type { FieldError, OwnReview } from '@laureate/schemas';
import type { ApiError } from '$lib/api/client';
import { VersionedAutosave, type SaveStatus } from '$lib/forms/autosave.svelte';

export type ReviewSaveStatus = SaveStatus | 'invalid';

export interface ReviewAutosaveOptions {
  version: number;
  /** Sends the whole review with the version last read; resolves with what was stored. */
  send: (version: number) => Promise<OwnReview>;
  onSaved: (review: OwnReview) => void;
  delayMs?: number;
}

/**
 * Saves a review a moment after the juror stops, and at once on blur or on request. A version
 * conflict (the review was saved in another tab) and the closed deadline stop saving: nothing
 * is ever overwritten silently. A refused edit (a submitted review must stay complete) waits
 * for the next change.
 */
export class ReviewAutosave extends VersionedAutosave<OwnReview, 'invalid'> {
  errors = $state<FieldError[]>([]);

  constructor(options: ReviewAutosaveOptions) {
    super({ ...options, delayMs: options.delayMs ?? 1200 });
  }

  protected override afterSave(): void {
    this.errors = [];
  }

  protected failed(error: ApiError): void {
    this.message = undefined;
    this.errors = [];
    if (error.status === 0) this.status = 'offline';
    else if (error.code === 'review/closed') this.status = 'closed';
    else if (error.status === 409) this.status = 'conflict';
    else if (error.code === 'review/incomplete' || error.code === 'request/invalid') {
      this.status = 'invalid';
      this.errors = error.problem.errors ?? [];
      this.message = error.message;
    } else {
      this.status = 'failed';
      this.message = error.message;
    }
  }

  /** What stops saving stops it for the submission too; a refused submission is the caller's. */
  protected stopsSaving(error: ApiError): boolean {
    return error.status === 0 || error.status === 409;
  }
}
