import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * packages/model is pure code, but its package.json does not say so; without this, importing one helper from its
 * barrel would pull everything it exports (YAML, validation, schema) into the first page's bundle.
 */
function modelHasNoSideEffects(): Plugin {
  return {
    name: 'connector-console:model-has-no-side-effects',
    transform: {
      filter: { id: /[\\/]packages[\\/]model[\\/]src[\\/].*\.ts$/ },
      handler: (code) => ({ code, map: null, moduleSideEffects: false }),
    },
  };
}

export default defineConfig({
  plugins: [react(), modelHasNoSideEffects()],
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  // The dev server must pre-bundle monaco-yaml's worker, or the YAML worker fails to start.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: { outDir: 'dist', emptyOutDir: true },
});
