import { z } from 'zod';
import { defineRoute } from '../define-route.ts';
import { problemResponses } from '../problem-responses.ts';
import { createRouter } from '../router.ts';

const receiveUpload = defineRoute({
  method: 'put',
  path: '/uploads/{token}',
  tags: ['attachments'],
  summary: 'Local mode only: receive the bytes of an attachment (S3 does this on AWS)',
  description:
    'The URL comes from `POST …/attachments`; the signed token is the permission, valid once and for 15 minutes. Send exactly the declared number of bytes with the declared Content-Type.',
  // The signed single-use token in the path is the credential, as a presigned URL is on S3.
  access: 'public',
  request: { params: z.object({ token: z.string().min(10).max(2000) }) },
  responses: {
    204: { description: 'Received' },
    ...problemResponses(400, 413),
  },
});

/** Mounted only when the file store is the local one (`deps.uploads`). */
export const uploadRoutes = createRouter().openapi(receiveUpload, async (c) => {
  await c.var.deps.uploads!.receive(
    c.req.valid('param').token,
    c.req.header('content-type'),
    c.req.raw.body,
  );
  return c.body(null, 204);
});
