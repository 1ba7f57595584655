import { getFormatter } from "next-intl/server";
import { type DisplayLabels, displayLabels } from "@/lib/display/labels";
import type { Locale } from "@/lib/questionnaire/schema";
import type { ComparePageData } from "@/lib/server/pages/load-compare-page";

export type CompareLabels = {
  domainName: (id: string) => string;
  fromLabels: DisplayLabels;
  toLabels: DisplayLabels;
  date: (d: Date) => string;
  fromDate: string;
  toDate: string;
};

/** How the compare page names domains, each scan's levels and both dates, the same in every section. */
export async function compareLabels({
  pair: { from, to, fromQuestionnaire, toQuestionnaire },
  locale,
}: {
  pair: NonNullable<ComparePageData["pair"]>;
  locale: Locale;
}): Promise<CompareLabels> {
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return {
    // Domains are named as the later scan names them, the earlier one only for domains it alone has.
    domainName: displayLabels([toQuestionnaire, fromQuestionnaire], locale).domainName,
    fromLabels: displayLabels(fromQuestionnaire, locale),
    toLabels: displayLabels(toQuestionnaire, locale),
    date,
    fromDate: date(from.submittedAt),
    toDate: date(to.submittedAt),
  };
}
