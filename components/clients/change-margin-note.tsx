import { useTranslations } from "next-intl";

export type ChangeMargin = {
  latestChangeBasis: string | null;
  latestChangeJudged: number | null;
  latestChangeBeyond: number | null;
};

/**
 * What the margins allow one to say about a client's latest change, under the number: the overall score has no
 * margin of its own, so between rounds it counts the domains that changed beyond theirs (as the compare page
 * labels them). Nothing when the summary predates these columns.
 */
export function ChangeMarginNote({ margin }: { margin: ChangeMargin }) {
  const t = useTranslations("dashboard.changeNote");
  const { latestChangeBasis: basis, latestChangeJudged: judged, latestChangeBeyond: beyond } = margin;
  let text: string | null = null;
  if (basis === "one-person") text = t("onePerson");
  else if (basis === "rounds" && (judged ?? 0) === 0) text = t("unknown");
  else if (basis === "rounds" && (beyond ?? 0) === 0) text = t("within");
  else if (basis === "rounds") text = t("beyond", { beyond: beyond ?? 0, judged: judged ?? 0 });
  if (!text) return null;
  return <span className="block text-xs font-normal text-stone-600">{text}</span>;
}
