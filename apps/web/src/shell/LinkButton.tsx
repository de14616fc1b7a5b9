// A router link that looks like a PatternFly button (a link, because it goes somewhere).
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  to: string;
  variant?: 'primary' | 'secondary' | 'link';
  children: ReactNode;
}

export function LinkButton({ to, variant = 'primary', children }: Props) {
  return (
    <Link to={to} className={`pf-v6-c-button pf-m-${variant}`}>
      <span className="pf-v6-c-button__text">{children}</span>
    </Link>
  );
}
