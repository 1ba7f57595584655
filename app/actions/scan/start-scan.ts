"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { startScanSchema } from "@/lib/schemas/scan";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { createScan } from "@/lib/server/scans/create-scan";

/** The landing page's self-scan: a new scan and response, then its private resume link. */
export const startScanAction = defineFormAction({
  access: "public",
  schema: startScanSchema,
  read: async (formData) => ({
    questionnaireId: formData.get("questionnaireId"),
    organisationName: formData.get("organisationName") ?? "",
    respondentRole: formData.get("respondentRole") ?? undefined,
    team: formData.get("team") ?? undefined,
    locale: await getLocale(),
  }),
  refill: ["organisationName", "respondentRole", "team"],
  handler: async (input) => {
    const created = await createScan({ input });
    if (!created.ok) return { status: "error", message: "errors.unknownQuestionnaire" };
    redirect(`/scan/${created.resumeToken}`);
  },
});
