import type { Application } from '@laureate/schemas';
import { ApiError } from '$lib/api/client';
import { clearLocalDraft, writeLocalDraft } from './helpers';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'conflict' | 'closed' | 'failed';

export interface AutosaveOptions {
  applicationId: string;
  version: number;
  /** The current answers, read when a save starts. */
  answers: () => Record<string, unknown>;
  /** Sends the draft; resolves with the saved application. */
  send: (answers: Record<string, unknown>, version: number) => Promise<Application>;
  onSaved: (application: Application) => void;
  delayMs?: number;
}

/**
 * Saves a draft a moment after typing stops, and at once on blur. A copy of unsaved answers is
 * kept in localStorage until the server has them. A version conflict stops saving (never an
 * overwrite); a lost connection retries when the browser is back online.
 */
export class Autosave {
  status = $state<SaveStatus>('idle');
  message = $state<string | undefined>();
  version: number;

  #options: AutosaveOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Edits not yet sent; counts, so an edit made while a save runs is not lost. */
  #edits = 0;
  #running: Promise<void> | undefined;

  constructor(options: AutosaveOptions) {
    this.#options = options;
    this.version = options.version;
  }

  get stopped(): boolean {
    return this.status === 'conflict' || this.status === 'closed';
  }

  get dirty(): boolean {
    return this.#edits > 0;
  }

  /** Call after every change: keeps the local copy and schedules a save. */
  changed(): void {
    this.#edits += 1;
    this.#keepLocal();
    if (this.stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? 1500);
  }

  /** Saves now if there is anything unsaved; resolves once the server has it (or failed). */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    // A loop, not an `if`: a blur and the debounce timer can both be waiting on the same save,
    // and only one of them may start the next one, or the second sends a stale version.
    while (this.#running) await this.#running;
    if (this.#edits === 0 || this.stopped) return;
    this.#running = this.#save().finally(() => {
      this.#running = undefined;
    });
    await this.#running;
  }

  /**
   * Runs a request that changes the application elsewhere than its answers (a file kept or
   * removed) after pending edits are saved and before the next save, with the version saves
   * use, so that the two never conflict with each other.
   */
  async exclusive(request: (version: number) => Promise<Application>): Promise<Application> {
    await this.flush();
    while (this.#running) await this.#running;
    const run = request(this.version).then(
      (saved) => {
        this.version = saved.version;
        this.#options.onSaved(saved);
        return saved;
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.code === 'conflict/version-mismatch')
          this.status = 'conflict';
        if (error instanceof ApiError && error.code === 'application/deadline-passed')
          this.status = 'closed';
        throw error;
      },
    );
    this.#running = run.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await run;
    } finally {
      this.#running = undefined;
      // Typing went on meanwhile: save it now that the version is known.
      if (this.#edits > 0 && !this.stopped) {
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? 1500);
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

  #keepLocal(): void {
    writeLocalDraft(localStorage, this.#options.applicationId, {
      answers: $state.snapshot(this.#options.answers()),
      baseVersion: this.version,
      // A timestamp read once, never changed: a plain Date, not a reactive one.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      savedAt: new Date().toISOString(),
    });
  }

  async #save(): Promise<void> {
    const edits = this.#edits;
    const answers = $state.snapshot(this.#options.answers());
    this.#keepLocal();
    this.status = 'saving';
    this.message = undefined;
    try {
      const saved = await this.#options.send(answers, this.version);
      this.version = saved.version;
      this.#edits -= edits;
      if (this.#edits === 0) clearLocalDraft(localStorage, this.#options.applicationId);
      this.status = 'saved';
      this.#options.onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 0) this.status = 'offline';
      else if (error.code === 'application/deadline-passed') this.status = 'closed';
      else if (error.status === 409) this.status = 'conflict';
      else {
        this.status = 'failed';
        this.message = error.message;
      }
      return;
    }
    // Typing went on while the request ran.
    if (this.#edits > 0) {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs ?? 1500);
    }
  }
}
