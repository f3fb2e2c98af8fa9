import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { isDomainError } from '#domain/errors';
import type { AppDeps, AppEnv } from './app-env.ts';
import { requireJsonBody } from './middleware/json-body.ts';
import { originGuard } from './middleware/origin-guard.ts';
import { requestLog } from './middleware/request-log.ts';
import { internalProblem, problemFor, problemResponse } from './problem.ts';
import { accountRoutes } from './routes/account.ts';
import { applicationRoutes } from './routes/applications.ts';
import { assignmentRunRoutes } from './routes/assignment-run.ts';
import { assignmentRoutes } from './routes/assignments.ts';
import { attachmentRoutes } from './routes/attachments.ts';
import { authRoutes } from './routes/auth.ts';
import { competitionAdminRoutes } from './routes/competition-admin.ts';
import { competitionRoutes } from './routes/competitions.ts';
import { conflictRoutes } from './routes/conflicts.ts';
import { devRoutes, testClockRoutes } from './routes/dev.ts';
import { formRoutes } from './routes/forms.ts';
import { healthRoutes } from './routes/health.ts';
import { juryPoolRoutes } from './routes/jury-pool.ts';
import { organisationRoutes } from './routes/organisations.ts';
import { passwordResetRoutes } from './routes/password-reset.ts';
import { registrationRoutes } from './routes/registration.ts';
import { reviewDeadlineRoutes } from './routes/review-deadlines.ts';
import { reviewOversightRoutes } from './routes/review-oversight.ts';
import { reviewAttachmentRoutes } from './routes/review-attachments.ts';
import { reviewRoutes } from './routes/reviews.ts';
import { screeningRoutes } from './routes/screening.ts';
import { uploadRoutes } from './routes/uploads.ts';

/** Large enough for any form answer; attachments never pass through the API (presigned S3). */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Builds the API. The Lambda handler and the local server both call this with their adapters.
 *
 * @example const app = createApp(deps); await app.request('/api/health')
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', requestId({ headerName: 'x-request-id' }));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('logger', deps.logger.child({ requestId: c.var.requestId }));
    await next();
  });
  app.use('*', requestLog());
  app.use(
    '/api/*',
    secureHeaders({
      // The API returns data only: nothing in it may load, run or be framed.
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      strictTransportSecurity: deps.mode === 'aws' ? 'max-age=63072000; includeSubDomains' : false,
      referrerPolicy: 'strict-origin-when-cross-origin',
      xFrameOptions: 'DENY',
      crossOriginResourcePolicy: 'same-origin',
    }),
  );
  app.use('/api/*', originGuard());
  // Local-mode uploads are files, streamed and limited by their own route; all else is JSON.
  const exceptUploads =
    (middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> =>
    (c, next) =>
      deps.uploads && c.req.path.startsWith('/api/uploads/') ? next() : middleware(c, next);
  app.use('/api/*', exceptUploads(requireJsonBody()));
  app.use(
    '/api/*',
    exceptUploads(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: (c) =>
          problemResponse(c, problemFor('request/too-large', { requestId: c.var.requestId })),
      }),
    ),
  );

  const routes = app
    .route('/api', healthRoutes)
    .route('/api', competitionRoutes)
    .route('/api', competitionAdminRoutes)
    .route('/api', authRoutes)
    .route('/api', registrationRoutes)
    .route('/api', passwordResetRoutes)
    .route('/api', accountRoutes)
    .route('/api', organisationRoutes)
    .route('/api', formRoutes)
    .route('/api', applicationRoutes)
    .route('/api', attachmentRoutes)
    .route('/api', screeningRoutes)
    .route('/api', juryPoolRoutes)
    .route('/api', conflictRoutes)
    .route('/api', reviewRoutes)
    .route('/api', reviewAttachmentRoutes)
    .route('/api', reviewOversightRoutes)
    .route('/api', reviewDeadlineRoutes)
    .route('/api', assignmentRoutes)
    .route('/api', assignmentRunRoutes);
  // The outbox is a local-mode tool: a deployed API does not even have the route.
  if (deps.outbox) app.route('/api', devRoutes);
  // On AWS browsers upload straight to S3; only the local file store needs this route.
  if (deps.uploads) app.route('/api', uploadRoutes);
  if (deps.testClock) app.route('/api', testClockRoutes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Laureate API',
      version: deps.version,
      description:
        'Competitions of socially significant projects: calls, applications, jury review, results. ' +
        'Errors are RFC 9457 problem documents. Each operation states who may call it in `x-access`.',
      license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
    },
  });

  app.notFound((c) =>
    problemResponse(
      c,
      problemFor('route/not-found', {
        detail: `${c.req.method} ${c.req.path} is not a route of this API`,
        requestId: c.var.requestId,
      }),
    ),
  );

  app.onError((error, c) => {
    const requestId = c.var.requestId;
    if (isDomainError(error)) {
      const errors = Array.isArray(error.payload.errors) ? error.payload.errors : undefined;
      return problemResponse(
        c,
        problemFor(error.code, { detail: error.message, requestId, errors }),
      );
    }
    if (error instanceof HTTPException && error.message === 'Malformed JSON in request body') {
      return problemResponse(
        c,
        problemFor('request/malformed-json', {
          detail: 'The body could not be parsed as JSON',
          requestId,
          errors: [{ field: 'body', message: 'Not valid JSON', code: 'invalid_json' }],
        }),
      );
    }
    c.var.logger.error('unexpected error', { error, method: c.req.method, path: c.req.path });
    return problemResponse(c, internalProblem(requestId));
  });

  return routes;
}

export type App = ReturnType<typeof createApp>;
