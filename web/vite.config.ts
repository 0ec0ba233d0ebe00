// The web application's build: `npm run build:web` (vite build web) writes web/dist, which the
// service serves under `/`. The manifest lets bench/web-size.ts find what each page loads.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // `npx vite web` during development; the service runs separately on :3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
