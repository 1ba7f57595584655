import "server-only";
import { seriesKey } from "@/lib/history/series";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { DEFAULT_SCOPE } from "@/lib/questionnaire/scopes";
import { joinLines } from "@/lib/scan-rules/round-lists";
import type { StartRoundInput } from "@/lib/schemas/round";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";

/** What opening a round needs; callers that seed rounds may leave the anonymity settings out. */
export type CreateRoundInput = Omit<
  StartRoundInput,
  "confirmSmallGroups" | "mode" | "expectedRespondents" | "scope"
> & {
  mode?: StartRoundInput["mode"];
  scope?: StartRoundInput["scope"];
  expectedRespondents: number | null;
};

export type CreateRoundResult =
  | { ok: true; organiserToken: string; scanId: string }
  | { ok: false; error: "unknown-questionnaire" };

/**
 * Opens a team round: a private organiser link, a read-only results link, and a team link for everyone (capped
 * at the expected respondents) — or, sealed, no team link at all: only personal links that the app mails.
 */
export async function createRound({
  input,
  clientId = null,
}: {
  input: CreateRoundInput;
  clientId?: string | null;
}): Promise<CreateRoundResult> {
  const questionnaire = getLatestByKind(input.kind);
  if (!questionnaire) return { ok: false, error: "unknown-questionnaire" };
  const organiserToken = createToken();
  const scan = await db.scan.create({
    data: {
      kind: "team",
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      organisationName: input.organisationName,
      organiserRole: input.organiserRole || null,
      clientId,
      series: seriesKey({ kind: "team", questionnaireId: questionnaire.id }),
      scope: input.scope ?? DEFAULT_SCOPE,
      locale: input.locale,
      closesAt: input.closesAt,
      roles: joinLines(input.roles),
      teams: joinLines(input.teams),
      minGroupSize: input.minGroupSize,
      sealed: input.mode === "sealed",
      // A sealed round has no team link to cap: its team link refuses every join.
      expectedRespondents: input.mode === "sealed" ? null : input.expectedRespondents,
      resultsToken: createToken(),
      organiserToken,
      teamToken: createToken(),
    },
    select: { id: true },
  });
  return { ok: true, organiserToken, scanId: scan.id };
}
