import type { FieldError, OwnReview } from '@laureate/schemas';
import { ApiError } from '$lib/api/client';

export type ReviewSaveStatus =
  'idle' | 'saving' | 'saved' | 'offline' | 'conflict' | 'closed' | 'invalid' | 'failed';

export interface ReviewAutosaveOptions {
  version: number;
  /** Sends the whole review with the version last read; resolves with what was stored. */
  send: (version: number) => Promise<OwnReview>;
  onSaved: (review: OwnReview) => void;
  delayMs?: number;
}

/**
 * Saves a review a moment after the juror stops, and at once on blur or on request. Saves run
 * one at a time, each with the version the previous one returned. A version conflict (the
 * review was saved in another tab) and the closed deadline stop saving: nothing is ever
 * overwritten silently. A refused edit (a submitted review must stay complete) waits for the
 * next change.
 */
export class ReviewAutosave {
  status = $state<ReviewSaveStatus>('idle');
  message = $state<string | undefined>();
  errors = $state<FieldError[]>([]);
  version: number;

  #options: ReviewAutosaveOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Changes not yet sent; counted, so one made while a save runs is not lost. */
  #edits = 0;
  #running: Promise<void> | undefined;

  constructor(options: ReviewAutosaveOptions) {
    this.#options = options;
    this.version = options.version;
  }

  get stopped(): boolean {
    return this.status === 'conflict' || this.status === 'closed';
  }

  get dirty(): boolean {
    return this.#edits > 0;
  }

  /** Call after every change: schedules a save. */
  changed(): void {
    this.#edits += 1;
    if (this.stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? 1200);
  }

  /** Saves now if anything is unsaved; resolves once the server answered. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    // A loop: a blur and the timer may both wait on one save, and only one may start the next.
    while (this.#running) await this.#running;
    if (this.#edits === 0 || this.stopped) return;
    this.#running = this.#save().finally(() => {
      this.#running = undefined;
    });
    await this.#running;
  }

  /**
   * Runs another request on the review (the submission) after pending changes are saved, with
   * the version saves use; its outcome counts as a save.
   */
  async exclusive(request: (version: number) => Promise<OwnReview>): Promise<OwnReview> {
    await this.flush();
    while (this.#running) await this.#running;
    const run = request(this.version).then((saved) => {
      this.version = saved.version;
      this.#options.onSaved(saved);
      return saved;
    });
    this.#running = run.then(
      () => undefined,
      (error: unknown) => {
        // What stops saving stops it for both; a refused submission is the caller's to show.
        if (error instanceof ApiError && (error.status === 0 || error.status === 409))
          this.#failed(error);
      },
    );
    try {
      return await run;
    } finally {
      await this.#running;
      this.#running = undefined;
      // Changes made while the request ran: save them now that the version is known.
      if (this.#edits > 0 && !this.stopped) {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? 1200);
      }
    }
  }

  /** The browser is back online: retry what failed. */
  retry(): void {
    if (this.status === 'offline' || this.status === 'failed') void this.flush();
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  #failed(error: unknown): void {
    if (!(error instanceof ApiError)) return;
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

  async #save(): Promise<void> {
    const edits = this.#edits;
    this.status = 'saving';
    this.message = undefined;
    try {
      const saved = await this.#options.send(this.version);
      this.version = saved.version;
      this.#edits -= edits;
      this.status = 'saved';
      this.errors = [];
      this.#options.onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A refused edit stays unsaved (and dirty) until the juror changes it.
      this.#failed(error);
      return;
    }
    if (this.#edits > 0) {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? 1200);
    }
  }
}
