// Vite: React, relative asset paths so the built site works from any static host, workers as ES modules; vitest settings.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { main: 'index.html', demo: 'demo/index.html' } },
  },
  worker: { format: 'es' },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/browser/**'],
    testTimeout: 30_000,
    // Node runs every module's code linked in (the page's worker fetches it in chunks: chunkedLibrary.ts).
    setupFiles: ['src/python/modules/library/installStaticLibrary.ts'],
  },
});
