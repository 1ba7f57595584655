import "server-only";
import { getTranslations } from "next-intl/server";
import { tokenSchema } from "@/lib/schemas/scan";
import { getScanState } from "@/lib/server/scans/get-scan-state";

export type ScanTab = "overview" | "review" | "done" | "closed" | { step: string };

/**
 * A scan tab's title ("Domein 2 van 6 · Klantkompas"): what the page is, never the respondent's data
 * (organisation, role, team, answers), which would show in the browser's history and tab list.
 */
export async function loadScanTitle(token: string, tab: ScanTab): Promise<string> {
  const t = await getTranslations("scan.titles");
  if (tab === "review" || tab === "done" || tab === "closed") return t(tab);
  const state = tokenSchema.safeParse(token).success ? await getScanState({ resumeToken: token }) : null;
  if (typeof tab === "object" && state) {
    const steps = state.questionnaire.domains.length;
    const step = /^\d{1,2}$/.test(tab.step) ? Number(tab.step) : 0;
    if (step >= 1 && step <= steps) return t("step", { step, steps });
  }
  return state?.scan.kind === "team" ? t("team") : t("self");
}
