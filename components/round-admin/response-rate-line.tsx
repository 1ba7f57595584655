import { getTranslations } from "next-intl/server";
import type { ResponseRate } from "@/lib/rounds/response-rate";

/** "3 of 4 invited submitted (75%)", with a bar; nothing when the number invited is not known. */
export async function ResponseRateLine({ rate, of }: { rate: ResponseRate | null; of: "invited" | "expected" }) {
  if (!rate) return null;
  const t = await getTranslations("round.rate");
  const text = t(of, rate);
  return (
    <div className="space-y-1" data-testid="response-rate">
      <p className="text-sm text-stone-700">{text}</p>
      <div className="h-1.5 overflow-hidden rounded-full bg-stone-200" aria-hidden="true">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${rate.percent}%` }} />
      </div>
    </div>
  );
}
