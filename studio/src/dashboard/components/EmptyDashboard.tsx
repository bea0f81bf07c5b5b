/** The whole dashboard when the range holds no conversation: what to do to get some. */
export function EmptyDashboard({ days }: { days: number }) {
  return (
    <section className="dash-card empty-dashboard" aria-label="No conversations">
      <h2>No conversations in the last {days} days</h2>
      <p>
        The dashboard fills in as customers write. Embed the widget on your site with <code>{'<script src="…/widget.js" data-workspace="…">'}</code>, or try it
        yourself on the <a href="/demo">demo page</a>. If your workspace has been quiet, pick a longer range above.
      </p>
    </section>
  );
}
