const TONES = [
  "bg-red-100 text-red-900",
  "bg-orange-100 text-orange-900",
  "bg-amber-100 text-amber-900",
  "bg-lime-100 text-lime-900",
  "bg-emerald-100 text-emerald-900",
];

/** Colour follows the level's rank, so it works for any level model. */
export function LevelBadge({ name, rank, size = "sm" }: { name: string; rank: number; size?: "sm" | "lg" }) {
  const tone = TONES[Math.min(Math.max(rank, 0), TONES.length - 1)];
  const sizing = size === "lg" ? "px-3 py-1 text-base" : "px-2.5 py-0.5 text-sm";
  return (
    <span className={`inline-block rounded-full font-semibold print:border print:border-stone-400 ${tone} ${sizing}`}>
      {name}
    </span>
  );
}
