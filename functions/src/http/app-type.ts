/** The API's route types, for a typed client (`hono/client`) in the web app and in tests. */
export type { App as AppType } from './app.ts';
