import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served from any sub-path (relative base) and never talks to another host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
