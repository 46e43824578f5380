import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      output: {
        // Libraries in chunks of their own: the app's first script stays small, and a new version of the app
        // changes only its own chunks, so the libraries stay cached.
        advancedChunks: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Charts (with recharts) stay out: only the pages that draw one fetch them.
            { name: 'mantine', test: /node_modules[\\/](@mantine(?=[\\/](?!charts[\\/]))|@floating-ui|react-remove-scroll|react-number-format|react-textarea-autosize|dayjs|clsx|tabbable|use-callback-ref|use-sidecar|get-nonce|detect-node-es|react-style-singleton|tslib)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
