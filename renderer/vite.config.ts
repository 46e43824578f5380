import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

export default defineConfig({
  root: __dirname,
  base: './',
  // Browser mode serves these .br/.gz files as they are: compressing on request would hold up the host's API
  // calls for seconds the first time each page's scripts are fetched.
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' })],
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
