"use server";

import { revalidatePath } from "next/cache";
import type { OptInState } from "@/app/(consultant)/benchmark/action-state";
import { NOT_A_FORM } from "@/lib/forms/action-state";
import { benchmarkOptInSchema } from "@/lib/schemas/benchmark";
import { requireConsultant } from "@/lib/server/auth/current-consultant";
import { setBenchmarkOptIn } from "@/lib/server/benchmark/benchmark-settings";

/**
 * Takes the consultant's workspace in or out of the benchmark. Only an owner of that workspace (the
 * session's own, never one named in the form); repeating it is harmless; the norms are refreshed at once.
 */
export async function setBenchmarkOptInAction(_previous: OptInState, formData: FormData): Promise<OptInState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const { workspaceId, userId } = await requireConsultant();
  const parsed = benchmarkOptInSchema.safeParse({ optIn: formData.get("optIn") ?? "" });
  if (!parsed.success) return { status: "error", message: "benchmark.errors.invalid" };
  const result = await setBenchmarkOptIn({ workspaceId, userId, optIn: parsed.data.optIn === "on" });
  if (!result.ok) {
    return {
      status: "error",
      message: result.error === "not-owner" ? "benchmark.errors.notOwner" : "benchmark.errors.notMember",
    };
  }
  revalidatePath("/benchmark");
  return { status: "idle", saved: parsed.data.optIn };
}
