import { ApiError } from '$lib/api/client';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'offline' | 'conflict' | 'closed' | 'failed';

export interface VersionedAutosaveOptions<T> {
  version: number;
  /** Sends what is unsaved with the version last read; resolves with what was stored. */
  send: (version: number) => Promise<T>;
  onSaved: (saved: T) => void;
  delayMs: number;
}

/**
 * Saves a versioned document a moment after editing stops, and at once on `flush()` (a blur, a
 * button). Saves run one at a time, each with the version the previous one returned, so that
 * they never conflict with each other; a conflict or a closed deadline stops saving (nothing is
 * overwritten silently). A subclass says what a refusal means (`failed`) and which refusals of
 * an `exclusive` request stop saving too (`stopsSaving`).
 *
 * @example
 * class NoteAutosave extends VersionedAutosave<Note> {
 *   protected failed(error: ApiError) { this.status = error.status === 0 ? 'offline' : 'failed'; }
 *   protected stopsSaving(error: ApiError) { return error.status === 409; }
 * }
 */
export abstract class VersionedAutosave<T extends { version: number }, S extends string = never> {
  status = $state<SaveStatus | S>('idle');
  message = $state<string | undefined>();
  version: number;

  #options: VersionedAutosaveOptions<T>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Edits not yet sent; counted, so an edit made while a save runs is not lost. */
  #edits = 0;
  #running: Promise<void> | undefined;

  constructor(options: VersionedAutosaveOptions<T>) {
    this.#options = options;
    this.version = options.version;
  }

  /** Sets the status (and message) a refused save or a lost connection calls for. */
  protected abstract failed(error: ApiError): void;

  /** Whether a refused `exclusive` request stops saving too; other refusals are the caller's. */
  protected abstract stopsSaving(error: ApiError): boolean;

  /** Runs just before each save is sent. */
  protected beforeSave(): void {}

  /** Runs after each save the server stored, before `onSaved`. */
  protected afterSave(): void {}

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
    this.#schedule();
  }

  /** Saves now if anything is unsaved; resolves once the server answered. */
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
   * Runs another request on the document (a submission, a file kept or removed) after pending
   * edits are saved and before the next save, with the version saves use; its outcome counts
   * as a save.
   */
  async exclusive(request: (version: number) => Promise<T>): Promise<T> {
    await this.flush();
    while (this.#running) await this.#running;
    const run = request(this.version).then(
      (saved) => {
        this.version = saved.version;
        this.#options.onSaved(saved);
        return saved;
      },
      (error: unknown) => {
        if (error instanceof ApiError && this.stopsSaving(error)) this.failed(error);
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
      await this.#running;
      this.#running = undefined;
      // Edits made while the request ran: save them now that the version is known.
      if (this.#edits > 0 && !this.stopped) this.#schedule();
    }
  }

  /** The browser is back online: retry what failed. */
  retry(): void {
    if (this.status === 'offline' || this.status === 'failed') void this.flush();
  }

  dispose(): void {
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.#options.delayMs);
  }

  async #save(): Promise<void> {
    const edits = this.#edits;
    this.beforeSave();
    this.status = 'saving';
    this.message = undefined;
    try {
      const saved = await this.#options.send(this.version);
      this.version = saved.version;
      this.#edits -= edits;
      this.status = 'saved';
      this.afterSave();
      this.#options.onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A refused edit stays unsaved (and dirty) until it is retried or changed.
      this.failed(error);
      return;
    }
    // Editing went on while the request ran.
    if (this.#edits > 0) this.#schedule();
  }
}
