/** Labelled counts as horizontal bars, the longest bar for the largest count. */
export function BarList({ label, items }: { label: string; items: { key: string; label: string; count: number }[] }) {
  const largest = Math.max(1, ...items.map((item) => item.count));
  return (
    <ul className="bar-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} data-key={item.key}>
          <span className="bar-label">{item.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(item.count / largest) * 100}%` }} />
          </span>
          <span className="bar-count">{item.count}</span>
        </li>
      ))}
    </ul>
  );
}
