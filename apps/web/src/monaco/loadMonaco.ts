// Sets Monaco up from the app's own files (no CDN): its workers, then @monaco-editor/react pointed at it.
// Import this only from lazily loaded modules: Monaco is large and must not be in the first page's bundle.
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};
loader.config({ monaco });

export { monaco };
