// The Express application: API routes first, then the built web app with a fallback to index.html.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface AppOptions {
  /** Folder of the production web build; when absent the API is served alone. */
  webRoot?: string;
}

export function createApp(options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/api/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'NotFound', message: 'No such API endpoint.' } });
  });
  const webRoot = options.webRoot;
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    app.use(express.static(webRoot, { index: false }));
    app.get('/{*splat}', (_req, res) => {
      res.sendFile(path.join(webRoot, 'index.html'));
    });
  }
  return app;
}
