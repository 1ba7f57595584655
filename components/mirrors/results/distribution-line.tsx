import { DistributionBar } from "@/components/rounds/distribution-bar";
import type { DistributionSegment } from "@/lib/aggregation/statement-order";

export type DistributionPart = {
  label: string;
  count: number;
  kind: DistributionSegment["kind"];
  value: number | null;
};

/**
 * One distribution: the stacked bar (decorative) and the same counts in words, so nothing rests on colour and
 * a screen reader hears every number.
 */
export function DistributionLine({ parts, total }: { parts: DistributionPart[]; total: number }) {
  const segments: DistributionSegment[] = parts.map((p) => ({
    kind: p.kind,
    value: p.value,
    count: p.count,
    percent: total > 0 ? (p.count * 100) / total : 0,
  }));
  const points = parts.filter((p) => p.kind === "point").length;
  return (
    <div className="space-y-1">
      <DistributionBar segments={segments} points={points} />
      <p className="text-xs text-stone-700">
        {parts
          .filter((p) => p.count > 0 || p.kind === "point")
          .map((p) => `${p.label} ${p.count}`)
          .join(" · ")}
      </p>
    </div>
  );
}
