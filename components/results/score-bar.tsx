/** A 0–100 bar with the level band boundaries marked. */
export function ScoreBar({ score, bands, label }: { score: number; bands: number[]; label: string }) {
  return (
    <div className="relative h-2 rounded-full bg-stone-200" role="img" aria-label={label}>
      <div
        className="h-full rounded-full bg-brand-600 print:bg-stone-700"
        style={{ width: `${Math.max(0, Math.min(100, score))}%` }}
      />
      {bands.map((band) => (
        <span key={band} className="absolute top-0 h-full w-px bg-white" style={{ left: `${band}%` }} />
      ))}
    </div>
  );
}
