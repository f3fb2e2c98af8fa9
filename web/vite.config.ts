import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // `npm run dev --workspace web` beside `npm start`: the API stays on its own port.
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
