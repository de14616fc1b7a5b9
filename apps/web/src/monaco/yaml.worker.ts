// monaco-yaml's language worker, re-exported from the app so that Vite bundles it as a worker of its own.
import 'monaco-yaml/yaml.worker.js';
