import { getTranslations } from "next-intl/server";
import { LABEL_STYLE } from "@/components/mirrors/results/mirror-format";
import type { MirrorLabel } from "@/lib/mirror/types";

/** Blind spot, hidden strength or aligned: a badge with a symbol, so it does not rest on colour alone. */
export async function MirrorLabelBadge({ label }: { label: MirrorLabel }) {
  const t = await getTranslations("mirrorResults.domains.labels");
  const style = LABEL_STYLE[label];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-sm font-medium ${style.className}`}
      data-testid="mirror-label"
      data-label={label}
    >
      <span aria-hidden="true">{style.symbol}</span>
      {t(label)}
    </span>
  );
}
