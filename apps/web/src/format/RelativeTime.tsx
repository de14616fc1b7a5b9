// A time shown in words, with the exact time on hover and in the markup.
import { useEffect, useState } from 'react';
import { formatAbsoluteTime, formatRelativeTime } from './relativeTime.ts';

const REFRESH_MS = 30_000;

export function RelativeTime({ iso }: { iso: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <time dateTime={iso} title={formatAbsoluteTime(iso)}>
      {formatRelativeTime(iso, now)}
    </time>
  );
}
