// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    interface Error {
      message: string;
      /** Problem code from the API, or `network` when the API could not be reached. */
      code?: string;
      requestId?: string;
    }
  }
}

export {};
