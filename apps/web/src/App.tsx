import { useEffect, useState } from 'react';

type Health = 'checking' | 'ok' | 'unreachable';

export function App() {
  const [health, setHealth] = useState<Health>('checking');
  useEffect(() => {
    fetch('/api/health')
      .then((res) => setHealth(res.ok ? 'ok' : 'unreachable'))
      .catch(() => setHealth('unreachable'));
  }, []);
  return (
    <main>
      <h1>Connector Console</h1>
      <p>
        Backend: <output aria-label="backend health">{health}</output>
      </p>
    </main>
  );
}
