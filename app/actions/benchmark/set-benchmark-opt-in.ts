"use server";

import { revalidatePath } from "next/cache";
import { benchmarkOptInSchema } from "@/app/actions/benchmark/set-benchmark-opt-in.schema";
import type { OptInState } from "@/lib/forms/action-state";
import { defineFormAction } from "@/lib/server/actions/define-form-action";
import { setBenchmarkOptIn } from "@/lib/server/benchmark/benchmark-settings";

/**
 * Takes the consultant's workspace in or out of the benchmark. Only an owner of that workspace (the session's own,
 * never one named in the form; setBenchmarkOptIn checks it and says why); repeating it is harmless; the norms are
 * refreshed at once.
 */
export const setBenchmarkOptInAction = defineFormAction<typeof benchmarkOptInSchema, "consultant", OptInState>({
  access: "consultant",
  schema: benchmarkOptInSchema,
  read: (formData) => ({ optIn: formData.get("optIn") ?? "" }),
  invalid: () => ({ status: "error", message: "benchmark.errors.invalid" }),
  handler: async ({ optIn }, { caller }) => {
    const result = await setBenchmarkOptIn({
      workspaceId: caller.workspaceId,
      userId: caller.userId,
      optIn: optIn === "on",
    });
    if (!result.ok) {
      return {
        status: "error",
        message: result.error === "not-owner" ? "benchmark.errors.notOwner" : "benchmark.errors.notMember",
      };
    }
    revalidatePath("/benchmark");
    return { status: "idle", saved: optIn };
  },
});
