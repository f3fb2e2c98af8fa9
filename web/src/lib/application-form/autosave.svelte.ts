import type { Application } from '@laureate/schemas';
import type { ApiError } from '$lib/api/client';
import { VersionedAutosave } from '$lib/forms/autosave.svelte';
import { clearLocalDraft, writeLocalDraft } from './helpers';

export type { SaveStatus } from '$lib/forms/autosave.svelte';

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
export class Autosave extends VersionedAutosave<Application> {
  #applicationId: string;
  #answers: () => Record<string, unknown>;

  constructor(options: AutosaveOptions) {
    super({
      version: options.version,
      send: (version) => options.send($state.snapshot(options.answers()), version),
      onSaved: options.onSaved,
      delayMs: options.delayMs ?? 1500,
    });
    this.#applicationId = options.applicationId;
    this.#answers = options.answers;
  }

  /** Call after every change: keeps the local copy and schedules a save. */
  override changed(): void {
    super.changed();
    this.#keepLocal();
  }

  protected override beforeSave(): void {
    this.#keepLocal();
  }

  protected override afterSave(): void {
    if (!this.dirty) clearLocalDraft(localStorage, this.#applicationId);
  }

  protected failed(error: ApiError): void {
    if (error.status === 0) this.status = 'offline';
    else if (error.code === 'application/deadline-passed') this.status = 'closed';
    else if (error.status === 409) this.status = 'conflict';
    else {
      this.status = 'failed';
      this.message = error.message;
    }
  }

  /** A file kept or removed meanwhile does not stop saving; a conflict or the deadline does. */
  protected stopsSaving(error: ApiError): boolean {
    return (
      error.code === 'conflict/version-mismatch' || error.code === 'application/deadline-passed'
    );
  }

  #keepLocal(): void {
    writeLocalDraft(localStorage, this.#applicationId, {
      answers: $state.snapshot(this.#answers()),
      baseVersion: this.version,
      // A timestamp read once, never changed: a plain Date, not a reactive one.
      // eslint-disable-next-line svelte/prefer-svelte-reactivity
      savedAt: new Date().toISOString(),
    });
  }
}
