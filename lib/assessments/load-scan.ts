import "server-only";
import { notFound, redirect } from "next/navigation";
import { tokenSchema } from "@/lib/schemas/assessment";
import { getScanState, type ScanState } from "./get-assessment";

/** For scan pages: an unknown or malformed token is a 404; a submitted scan goes to its results. */
export async function loadOpenScan(token: string): Promise<ScanState> {
  if (!tokenSchema.safeParse(token).success) notFound();
  const state = await getScanState({ resumeToken: token });
  if (!state) notFound();
  if (state.assessment.status === "submitted") redirect(`/results/${state.assessment.shareToken}`);
  return state;
}
