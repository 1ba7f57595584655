/** Where the peers' median and top quartile fall on a score bar (docs/benchmarks-peers.md). */
export type PeerMarks = { median: number; p75: number };

const clamp = (value: number) => Math.max(0, Math.min(100, value));

/**
 * A 0–100 bar with the level band boundaries marked. With `peers`, the peers' median is a tall bar across it
 * and the start of their top quartile a triangle above it: shapes, not colours, and `label` says the same
 * in words for screen readers.
 */
export function ScoreBar({
  score,
  bands,
  label,
  peers,
}: {
  score: number;
  bands: number[];
  label: string;
  peers?: PeerMarks;
}) {
  return (
    <div className={`relative h-2 rounded-full bg-stone-200 ${peers ? "mt-4 mb-1" : ""}`} role="img" aria-label={label}>
      <div className="h-full rounded-full bg-brand-600 print:bg-stone-700" style={{ width: `${clamp(score)}%` }} />
      {bands.map((band) => (
        <span key={band} className="absolute top-0 h-full w-px bg-white" style={{ left: `${band}%` }} />
      ))}
      {peers && (
        <>
          <span
            data-marker="peers-p75"
            className="absolute -top-3.5 -translate-x-1/2 text-[11px] leading-none text-stone-900"
            style={{ left: `${clamp(peers.p75)}%` }}
          >
            ▼
          </span>
          <span
            data-marker="peers-median"
            className="absolute -top-1 -bottom-1 w-[3px] -translate-x-1/2 rounded-sm bg-stone-900 ring-1 ring-white"
            style={{ left: `${clamp(peers.median)}%` }}
          />
        </>
      )}
    </div>
  );
}
