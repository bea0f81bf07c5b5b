/** One headline number: what it is, its value, and what the value means. */
export function StatCard({ id, label, value, detail }: { id: string; label: string; value: string; detail: string }) {
  return (
    <div className="stat" data-stat={id}>
      <dt>{label}</dt>
      <dd className="value" style={{ whiteSpace: 'nowrap' }}>
        {value}
      </dd>
      <dd className="detail">{detail}</dd>
    </div>
  );
}
