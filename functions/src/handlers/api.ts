import { handle } from 'hono/aws-lambda';
import { composeDependencies } from '#compose';
import { readConfig } from '#config';
import { createApp } from '#http/app';

// Built once per Lambda container, reused across invocations.
const app = createApp(composeDependencies(readConfig()));

export const handler = handle(app);
