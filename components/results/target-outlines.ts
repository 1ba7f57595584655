import { getFormatter, getTranslations } from "next-intl/server";
import { OVERLAY_STYLES, type RadarOutline } from "@/components/ui/radar-outline";
import type { ScanLoop } from "@/lib/server/targets/get-loop";
import { targetOutlineValues } from "@/lib/targets/loop-summary";

/**
 * Targets agreed on the scan before this one in the series, as an outline on a results radar (self-scan and
 * round alike); none when that scan agreed no targets.
 */
export async function targetOutlines({
  previous,
  domainIds,
}: {
  previous: ScanLoop["previous"] | undefined;
  domainIds: string[];
}): Promise<RadarOutline[]> {
  if (!previous || previous.targets.length === 0) return [];
  const [tl, format] = await Promise.all([getTranslations("loop.review"), getFormatter()]);
  return [
    {
      key: "target",
      label: tl("outline", { date: format.dateTime(previous.submittedAt, { dateStyle: "long" }) }),
      values: targetOutlineValues(domainIds, previous.targets),
      ...OVERLAY_STYLES.target,
    },
  ];
}
