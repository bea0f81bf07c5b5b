import { useId, type ReactNode } from 'react';

/**
 * One panel of the dashboard: a title, what it shows, and either its content or an empty state
 * that says what to do to fill it.
 */
export function DashboardCard({
  title,
  hint,
  empty,
  className,
  children,
}: {
  title: string;
  hint?: string;
  empty?: string | null;
  className?: string;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className={`dash-card${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      {empty ? <p className="empty-state">{empty}</p> : children}
    </section>
  );
}
