import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built to static files: Electron serves them over app://, browser mode over 127.0.0.1.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
