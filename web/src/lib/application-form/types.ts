import type {
  Application,
  ApplicationPartner,
  Field,
  FormDefinition,
  PartnerOnApplication,
  SimpleField,
} from '@laureate/schemas';

/** Which fields of some containers are shown for given answers (`visibleFieldIds`). */
export type Visibility = (
  containers: readonly {
    visibleWhen?: Field['visibleWhen'];
    fields: readonly (Field | SimpleField)[];
  }[],
  answers: Record<string, unknown>,
) => Set<string>;

/** What every field input shares. */
export interface FieldContext {
  /** The countries a country or region field offers when it lists none of its own. */
  countries: readonly string[];
  readonly: boolean;
  visibility: Visibility;
  /** File fields at the top level of the form; absent inside repeatable groups. */
  attachments?: AttachmentActions;
}

/** What a file field asks of the editor, which keeps these in step with autosave. */
export interface AttachmentActions {
  /** Declares, uploads (progress 0–1, then `checking`) and keeps a file. */
  add(
    fieldId: string,
    file: File,
    onProgress: (fraction: number, checking: boolean) => void,
  ): Promise<void>;
  remove(fieldId: string, fileId: string): Promise<void>;
  /** Where a kept file is downloaded from. */
  href(fileId: string): string;
}

/** What the partner list's section and its editor both take. */
export interface PartnersProps {
  partners: readonly PartnerOnApplication[];
  form: FormDefinition;
  countries: readonly string[];
  leadOrganisationId: string;
  /** Sends the list with the application's version; resolves with the saved application. */
  save: (partners: ApplicationPartner[]) => Promise<Application>;
}
