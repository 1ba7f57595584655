import type { ReactNode } from "react";
import { GroupChoiceForm } from "@/components/round-admin/group-choice-form";
import { RoundIntro } from "@/components/round-admin/round-intro";
import { Card } from "@/components/ui/card";
import type { Round } from "@/lib/server/rounds/get-round";

/** An open round's way in: what the round is and promises, then choosing role and team to start. */
export function RoundEntrySection({
  round,
  token,
  action,
  children,
}: {
  round: Round;
  token: string;
  action: Parameters<typeof GroupChoiceForm>[0]["action"];
  /** Between the introduction and the form (e.g. "you already started"). */
  children?: ReactNode;
}) {
  return (
    <>
      <RoundIntro
        organisationName={round.organisationName}
        organiserRole={round.organiserRole}
        closesAt={round.closesAt}
        minGroupSize={round.minGroupSize}
        mode={{ sealed: round.sealed, expectedRespondents: round.expectedRespondents }}
      />
      {children}
      <Card padding="lg" shadow>
        <GroupChoiceForm action={action} token={token} roles={round.roles} teams={round.teams} />
      </Card>
    </>
  );
}
