import type { ReactNode } from "react";
import { AgreeButton } from "@/components/targets/agree-button";
import type { ResultsLoop } from "@/lib/server/pages/load-results-loop";

/**
 * "Agree as an action" under each recommendation of an action plan, for whoever may change the loop;
 * undefined (no button) for everyone else.
 */
export function agreeRenderer({
  loop,
  canChange,
}: ResultsLoop): ((recommendation: { id: string; title: string }) => ReactNode) | undefined {
  if (!canChange || !loop) return undefined;
  const agreed = new Set(loop.actions.map((a) => a.recommendationId));
  return (r) => <AgreeButton scanId={loop.scanId} recommendationId={r.id} title={r.title} agreed={agreed.has(r.id)} />;
}
