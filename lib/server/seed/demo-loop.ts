import "server-only";
import { SERIES_ORDER_BY } from "@/lib/history/series";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { actionFieldsSchema, setTargetsSchema } from "@/lib/schemas/targets";
import { db } from "@/lib/server/db/db";
import type { LoopActor } from "@/lib/server/targets/access";
import { createActionFromRecommendation, createOwnAction } from "@/lib/server/targets/create-action";
import { setTargets } from "@/lib/server/targets/set-targets";
import { updateAction } from "@/lib/server/targets/update-action";
import type { ActionStatus } from "@/lib/targets/action-status";
import { defaultTargetLevel } from "@/lib/targets/default-targets";

// The loop in the demo workspace: after the board's full scan of Gemeente Lindewaarde eleven months ago, targets
// one level up and a handful of actions were agreed; most were done, so the latest board scan (same series)
// shows target against actual and the actions done next to each domain's change. A few actions agreed on the
// latest scan are still open, one of them overdue. Made through the data layer, then dated back.

export const DEMO_LOOP_CLIENT = "Gemeente Lindewaarde";
const SERIES = "self:klantkompas-full:board:";
const DAY = 86_400_000;

type Planned = { domainId: string; pick: number; status: ActionStatus; owner: string; dueDays: number; notes?: string };
type Own = { domainId: string; title: string; status: ActionStatus; owner: string; dueDays: number; notes?: string };

// On the earlier scan: interfunctional dynamics gets the most attention (three actions done).
const EARLIER_FROM_PLAN: Planned[] = [
  { domainId: "interfunctional", pick: 0, status: "done", owner: "Sanne de Wit", dueDays: 60 },
  { domainId: "interfunctional", pick: 1, status: "done", owner: "Karim Aydın", dueDays: 120 },
  { domainId: "leadership", pick: 0, status: "done", owner: "Wethouder Jansen", dueDays: 90 },
  { domainId: "processes", pick: 0, status: "in_progress", owner: "Team Klantcontact", dueDays: 200 },
  {
    domainId: "hr",
    pick: 0,
    status: "dropped",
    owner: "HR",
    dueDays: 150,
    notes: "Vervalt: de wervingsstop loopt tot na de zomer.",
  },
];
const EARLIER_OWN: Own[] = [
  {
    domainId: "interfunctional",
    title: "Maandelijks klantoverleg tussen Burgerzaken, Belastingen en het KCC",
    status: "done",
    owner: "Sanne de Wit",
    dueDays: 90,
    notes: "Loopt sinds maart; verslag op intranet.",
  },
];
const LATEST_FROM_PLAN: Planned[] = [
  { domainId: "culture", pick: 0, status: "in_progress", owner: "Gemeentesecretaris", dueDays: 75 },
  { domainId: "strategy", pick: 0, status: "not_started", owner: "Afdeling Strategie", dueDays: 10 },
];

/** Adds the demo loop when its earlier scan has no targets yet; running it again adds nothing. */
export async function seedDemoLoop({
  workspaceId,
  userId,
  name,
}: {
  workspaceId: string;
  userId: string;
  name: string;
}): Promise<boolean> {
  const scans = await db.scan.findMany({
    where: { series: SERIES, submittedAt: { not: null }, client: { workspaceId, name: DEMO_LOOP_CLIENT } },
    orderBy: SERIES_ORDER_BY,
    select: { id: true, submittedAt: true, questionnaireId: true, questionnaireVersion: true, domainScores: true },
  });
  const latest = scans.at(-1);
  const earlier = scans.at(-2);
  if (!latest?.submittedAt || !earlier?.submittedAt) return false;
  if ((await db.scanTarget.count({ where: { scanId: earlier.id } })) > 0) return false;
  const questionnaire = getQuestionnaire(earlier.questionnaireId, earlier.questionnaireVersion);
  if (!questionnaire) return false;
  const actor: LoopActor = { workspaceId, userId, name };

  // Targets one level up everywhere, the date a year after the scan.
  const targetDate = new Date(earlier.submittedAt.getTime() + 365 * DAY).toISOString().slice(0, 10);
  await setTargets({
    actor,
    input: setTargetsSchema.parse({
      scanId: earlier.id,
      targets: earlier.domainScores.map((d) => ({
        domainId: d.domainId,
        levelId: defaultTargetLevel(questionnaire.levels, d.level) ?? "",
        targetDate,
      })),
    }),
  });

  await agree(actor, earlier, EARLIER_FROM_PLAN, EARLIER_OWN, questionnaire);
  await agree(actor, latest, LATEST_FROM_PLAN, [], questionnaire);
  return true;
}

async function agree(
  actor: LoopActor,
  scan: { id: string; submittedAt: Date | null; domainScores: Array<{ domainId: string; level: string | null }> },
  fromPlan: readonly Planned[],
  own: readonly Own[],
  questionnaire: NonNullable<ReturnType<typeof getQuestionnaire>>,
) {
  const agreedAt = new Date((scan.submittedAt ?? new Date()).getTime() + 3 * DAY);
  const planned = fromPlan.flatMap((p) => {
    const level = scan.domainScores.find((d) => d.domainId === p.domainId)?.level;
    const domain = questionnaire.domains.find((d) => d.id === p.domainId);
    const recommendation = level ? domain?.recommendations[level]?.[p.pick] : undefined;
    return recommendation ? [{ ...p, recommendationId: recommendation.id }] : [];
  });
  for (const [index, p] of [...planned, ...own].entries()) {
    const created =
      "recommendationId" in p
        ? await createActionFromRecommendation({
            actor,
            scanId: scan.id,
            recommendationId: p.recommendationId,
            locale: "nl",
          })
        : await createOwnAction({
            actor,
            scanId: scan.id,
            input: actionFieldsSchema.parse({ title: p.title, domainId: p.domainId, owner: p.owner, dueDate: "" }),
          });
    if (!created.ok) throw new Error(`seedDemoLoop: ${created.error}`);
    const action = await db.agreedAction.findUniqueOrThrow({ where: { id: created.actionId } });
    const dueDate = new Date(
      Date.UTC(agreedAt.getUTCFullYear(), agreedAt.getUTCMonth(), agreedAt.getUTCDate()) + p.dueDays * DAY,
    );
    await updateAction({
      actor,
      actionId: action.id,
      input: { title: action.title, owner: p.owner, dueDate, status: p.status, notes: p.notes ?? "" },
    });
    // Dated back: agreed just after the scan, changed before the due date.
    const created_at = new Date(agreedAt.getTime() + index * 60_000);
    const changedAt = new Date(Math.min(dueDate.getTime() - 5 * DAY, Date.now() - DAY));
    const changed = p.status !== "not_started";
    await db.agreedAction.update({
      where: { id: action.id },
      data: {
        createdAt: created_at,
        statusChangedAt: changed ? changedAt : created_at,
        doneAt: p.status === "done" ? changedAt : null,
      },
    });
    const events = await db.agreedActionEvent.findMany({ where: { actionId: action.id }, orderBy: { at: "asc" } });
    for (const [n, event] of events.entries()) {
      await db.agreedActionEvent.update({ where: { id: event.id }, data: { at: n === 0 ? created_at : changedAt } });
    }
  }
}
