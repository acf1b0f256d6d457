import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Everything is served from the app's own origin: no CDN, no remote fonts.
export default defineConfig({
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
