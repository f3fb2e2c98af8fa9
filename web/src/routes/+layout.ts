// A single-page app served as static files: everything renders in the browser, and unknown
// paths fall back to index.html (adapter-static `fallback`).
export const ssr = false;
export const prerender = false;
