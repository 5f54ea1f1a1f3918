// Builds the React renderer into renderer/dist. `base: './'` because the same bundle is loaded from
// a file:// URL by Electron and from the loopback bridge by `epost serve`.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// For `vite` dev mode only: forward API calls to a running `epost serve --port N`.
const bridge = process.env['EPOST_BRIDGE_URL'] ?? 'http://127.0.0.1:4310';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // A desktop app loaded from disk: one bundle is fine, the warning is noise.
    chunkSizeWarningLimit: 1500,
    sourcemap: true,
  },
  server: {
    proxy: { '/api': { target: bridge, changeOrigin: false } },
  },
});
