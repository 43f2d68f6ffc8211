import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves /graphql on the same origin in production (one process, DESIGN.md); in dev
// and preview Vite forwards it so the session cookie stays first-party.
const api = { '/graphql': { target: 'http://127.0.0.1:4000', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, proxy: api },
  preview: { port: 4173, proxy: api },
  build: {
    target: 'es2022',
    sourcemap: true,
    // The one chunk above Vite's 500 kB warning is ECharts (core + line + bar + SVG renderer),
    // loaded only when a chart mounts; the initial chunk is far below.
    chunkSizeWarningLimit: 600,
  },
});
