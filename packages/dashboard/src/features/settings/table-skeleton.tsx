/** Rows of grey bars shaped like a set-up table, while it loads. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div className="card settings-skeleton" aria-hidden="true">
      {Array.from({ length: rows }, (_, i) => `bar-${i}`).map((id) => (
        <div key={id} className="skeleton skeleton--line" />
      ))}
    </div>
  );
}
