import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A static single-page app: S3 + CloudFront on AWS, the local server in local mode.
    adapter: adapter({
      pages: 'build',
      assets: 'build',
      fallback: 'index.html',
      precompress: true,
    }),
    // Hashes of Kit's own boot script go into a CSP meta tag: no 'unsafe-inline' scripts.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        // Attachments go straight to S3 on AWS (presigned PUT), never through the API.
        'connect-src': ['self', 'https://*.amazonaws.com'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
    alias: { $components: 'src/lib/components' },
  },
};

export default config;
