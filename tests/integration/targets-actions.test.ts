import { beforeAll, describe, expect, it } from "vitest";
import { setTargetsSchema } from "@/lib/schemas/targets";
import { db } from "@/lib/server/db/db";
import { createTeamRound } from "@/lib/server/seed/create-team-round";
import { canChangeLoop, type LoopActor } from "@/lib/server/targets/access";
import { createActionFromRecommendation, createOwnAction } from "@/lib/server/targets/create-action";
import { getScanLoop } from "@/lib/server/targets/get-loop";
import { listClientActions } from "@/lib/server/targets/list-actions";
import { setTargets } from "@/lib/server/targets/set-targets";
import { deleteAction, updateAction } from "@/lib/server/targets/update-action";
import {
  answersWithDomainScores,
  createTestClient,
  createWorkspaceWithConsultant,
  questionnaireOfKind,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// Targets and agreed actions through the data layer on a real database: who may change them (a consultant of the
// client's workspace; the organiser of a round without a client), repeats, bad input storing nothing, and the
// loop as the next scan of the series reads it.

const quick = questionnaireOfKind("quick");
const TODAY = "2026-12-01";
const input = (scanId: string, targets: Array<{ domainId: string; levelId: string; targetDate?: string }>) =>
  setTargetsSchema.parse({ scanId, targets: targets.map((t) => ({ targetDate: "", ...t })) });
const fields = (overrides: Record<string, unknown> = {}) => ({
  title: "Klantdag organiseren",
  domainId: "interfunctional",
  owner: "Sanne",
  dueDate: null,
  status: "not_started" as const,
  notes: "",
  ...overrides,
});

let consultantA: LoopActor;
let consultantB: LoopActor;
let clientA: string;
let firstScan: string;
let secondScan: string;
let recommendationId: string;

beforeAll(async () => {
  const [a, b] = await Promise.all([createWorkspaceWithConsultant(), createWorkspaceWithConsultant()]);
  consultantA = { workspaceId: a.workspaceId, userId: a.userId, name: "Adviseur A" };
  consultantB = { workspaceId: b.workspaceId, userId: b.userId, name: "Adviseur B" };
  clientA = await createTestClient(a.workspaceId);
  const first = await submitTestClientScan(a.workspaceId, clientA, (q) =>
    answersWithDomainScores(q, { leadership: 50, interfunctional: 25 }),
  );
  // A day earlier, so the second scan is unmistakably the next one of the series.
  await db.scan.update({ where: { id: first.id }, data: { submittedAt: new Date(Date.now() - 86_400_000) } });
  firstScan = first.id;
  const second = await submitTestClientScan(a.workspaceId, clientA, (q) =>
    answersWithDomainScores(q, { leadership: 75, interfunctional: 25 }),
  );
  secondScan = second.id;
  const domain = quick.domains.find((d) => d.id === "interfunctional");
  recommendationId = domain?.recommendations.aware?.[0]?.id ?? "";
  expect(recommendationId).not.toBe("");
});

describe("setTargets", () => {
  it("stores a target per domain with the level's lower bound, and replaces them on a second save", async () => {
    const saved = await setTargets({
      actor: consultantA,
      input: input(firstScan, [
        { domainId: "leadership", levelId: "established", targetDate: "2027-06-30" },
        { domainId: "interfunctional", levelId: "developing" },
      ]),
    });
    expect(saved).toEqual({ ok: true, count: 2 });
    const again = await setTargets({
      actor: consultantA,
      input: input(firstScan, [
        { domainId: "leadership", levelId: "established", targetDate: "2027-06-30" },
        { domainId: "interfunctional", levelId: "developing" },
        { domainId: "hr", levelId: "" },
      ]),
    });
    expect(again).toEqual({ ok: true, count: 2 });
    const rows = await db.scanTarget.findMany({ where: { scanId: firstScan }, orderBy: { domainId: "asc" } });
    expect(rows.map((r) => [r.domainId, r.levelId, r.minScore, r.targetDate?.toISOString() ?? null])).toEqual([
      ["interfunctional", "developing", 37.5, null],
      ["leadership", "established", 62.5, "2027-06-30T00:00:00.000Z"],
    ]);
    expect(rows[0]?.setByName).toBe("Adviseur A");
  });

  it("stores nothing for an unknown domain or level, nor a domain twice", async () => {
    const before = await db.scanTarget.findMany({ where: { scanId: firstScan }, orderBy: { domainId: "asc" } });
    for (const targets of [
      [{ domainId: "nonsense", levelId: "aware" }],
      [{ domainId: "leadership", levelId: "heroic" }],
      [
        { domainId: "hr", levelId: "aware" },
        { domainId: "hr", levelId: "leading" },
      ],
    ]) {
      expect(await setTargets({ actor: consultantA, input: input(firstScan, targets) })).toEqual({
        ok: false,
        error: "invalid-target",
      });
    }
    expect(await db.scanTarget.findMany({ where: { scanId: firstScan }, orderBy: { domainId: "asc" } })).toEqual(
      before,
    );
  });

  it("refuses a bad date at the schema", () => {
    for (const targetDate of ["2027-02-30", "30-06-2027", "1999-12-31", "tomorrow"]) {
      expect(
        setTargetsSchema.safeParse({ scanId: firstScan, targets: [{ domainId: "hr", levelId: "aware", targetDate }] })
          .success,
      ).toBe(false);
    }
  });

  it("gives another workspace nothing and lets it change nothing", async () => {
    expect(await canChangeLoop({ actor: consultantB, scanId: firstScan })).toBe(false);
    expect(await canChangeLoop({ actor: consultantA, scanId: firstScan })).toBe(true);
    expect(
      await setTargets({ actor: consultantB, input: input(firstScan, [{ domainId: "hr", levelId: "leading" }]) }),
    ).toEqual({ ok: false, error: "not-found" });
    expect(await db.scanTarget.count({ where: { scanId: firstScan } })).toBe(2);
  });
});

describe("agreed actions", () => {
  let fromRecommendation: string;
  let own: string;

  it("turns a recommendation into an action once, however often it is asked", async () => {
    const results = await Promise.all([
      createActionFromRecommendation({ actor: consultantA, scanId: firstScan, recommendationId, locale: "nl" }),
      createActionFromRecommendation({ actor: consultantA, scanId: firstScan, recommendationId, locale: "en" }),
    ]);
    const ids = results.map((r) => (r.ok ? r.actionId : null));
    expect(ids[0]).not.toBeNull();
    expect(ids[1]).toBe(ids[0]);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    fromRecommendation = ids[0] ?? "";
    const action = await db.agreedAction.findUniqueOrThrow({
      where: { id: fromRecommendation },
      include: { events: true },
    });
    expect(action).toMatchObject({
      domainId: "interfunctional",
      recommendationId,
      questionnaireId: quick.id,
      questionnaireVersion: quick.version,
      status: "not_started",
    });
    expect(action.events.map((e) => [e.fromStatus, e.toStatus])).toEqual([[null, "not_started"]]);
  });

  it("refuses an unknown recommendation and a domain outside the questionnaire, storing nothing", async () => {
    const before = await db.agreedAction.count({ where: { scanId: firstScan } });
    expect(
      await createActionFromRecommendation({
        actor: consultantA,
        scanId: firstScan,
        recommendationId: "no-such-step",
        locale: "nl",
      }),
    ).toEqual({ ok: false, error: "unknown-recommendation" });
    expect(
      await createOwnAction({ actor: consultantA, scanId: firstScan, input: fields({ domainId: "finance" }) }),
    ).toEqual({ ok: false, error: "unknown-domain" });
    expect(await db.agreedAction.count({ where: { scanId: firstScan } })).toBe(before);
  });

  it("writes an action of one's own", async () => {
    const created = await createOwnAction({
      actor: consultantA,
      scanId: firstScan,
      input: fields({ title: "Eigen actie", domainId: "leadership", dueDate: new Date("2026-11-01T00:00:00Z") }),
    });
    expect(created.ok).toBe(true);
    own = created.ok ? created.actionId : "";
  });

  it("records a status change once, with its moment, and a repeat changes nothing", async () => {
    const done = await updateAction({
      actor: consultantA,
      actionId: fromRecommendation,
      input: fields({ status: "done" }),
    });
    expect(done).toEqual({ ok: true, changed: true });
    const repeat = await updateAction({
      actor: consultantA,
      actionId: fromRecommendation,
      input: fields({ status: "done" }),
    });
    expect(repeat).toEqual({ ok: true, changed: false });
    const action = await db.agreedAction.findUniqueOrThrow({
      where: { id: fromRecommendation },
      include: { events: { orderBy: { at: "asc" } } },
    });
    expect(action.status).toBe("done");
    expect(action.doneAt).not.toBeNull();
    expect(action.events.map((e) => [e.fromStatus, e.toStatus, e.byName])).toEqual([
      [null, "not_started", "Adviseur A"],
      ["not_started", "done", "Adviseur A"],
    ]);
  });

  it("lets another workspace neither read, change nor delete them", async () => {
    expect(
      await listClientActions({ workspaceId: consultantB.workspaceId ?? "", clientId: clientA, today: TODAY }),
    ).toBeNull();
    expect(await updateAction({ actor: consultantB, actionId: own, input: fields({ status: "dropped" }) })).toEqual({
      ok: false,
      error: "not-found",
    });
    expect(await deleteAction({ actor: consultantB, actionId: own })).toEqual({ ok: true, deleted: false });
    expect(
      await createActionFromRecommendation({ actor: consultantB, scanId: firstScan, recommendationId, locale: "nl" }),
    ).toEqual({ ok: false, error: "not-found" });
    const still = await db.agreedAction.findUniqueOrThrow({ where: { id: own } });
    expect(still.status).toBe("not_started");
  });

  it("lists a client's actions with filters; open past its due date is overdue", async () => {
    const all = await listClientActions({
      workspaceId: consultantA.workspaceId ?? "",
      clientId: clientA,
      today: TODAY,
    });
    expect(all?.actions.map((a) => a.title)).toHaveLength(2);
    const overdue = await listClientActions({
      workspaceId: consultantA.workspaceId ?? "",
      clientId: clientA,
      query: { status: "overdue" },
      today: TODAY,
    });
    expect(overdue?.actions.map((a) => a.id)).toEqual([own]);
    const done = await listClientActions({
      workspaceId: consultantA.workspaceId ?? "",
      clientId: clientA,
      query: { status: "done", domain: "interfunctional" },
      today: TODAY,
    });
    expect(done?.actions.map((a) => a.id)).toEqual([fromRecommendation]);
  });

  it("shows the next scan of the series what was agreed on the one before", async () => {
    const loop = await getScanLoop(secondScan);
    expect(loop?.previous?.id).toBe(firstScan);
    expect(loop?.previous?.targets.map((t) => t.domainId).sort()).toEqual(["interfunctional", "leadership"]);
    expect(loop?.previous?.actions.map((a) => a.status).sort()).toEqual(["done", "not_started"]);
    expect(loop?.targets).toEqual([]);
  });

  it("deletes an action with its history, and a second delete finds nothing", async () => {
    expect(await deleteAction({ actor: consultantA, actionId: own })).toEqual({ ok: true, deleted: true });
    expect(await deleteAction({ actor: consultantA, actionId: own })).toEqual({ ok: true, deleted: false });
    expect(await db.agreedActionEvent.count({ where: { actionId: own } })).toBe(0);
  });
});

describe("a round's organiser", () => {
  it("may set targets on a round without a client, not once it belongs to one", async () => {
    const round = await createTeamRound({
      organisationName: "Organisator BV",
      respondents: [{ role: "employee" }, { role: "employee" }, { role: "employee" }],
      closedAt: new Date(),
    });
    const organiser: LoopActor = { organiserToken: round.organiserToken, name: "" };
    const resultsHolder: LoopActor = { organiserToken: round.resultsToken, name: "" };
    expect(
      await setTargets({ actor: organiser, input: input(round.scanId, [{ domainId: "culture", levelId: "leading" }]) }),
    ).toEqual({ ok: true, count: 1 });
    // The results link is read-only: used as an organiser token it opens nothing.
    expect(await canChangeLoop({ actor: resultsHolder, scanId: round.scanId })).toBe(false);
    await db.scan.update({ where: { id: round.scanId }, data: { clientId: clientA } });
    expect(await canChangeLoop({ actor: organiser, scanId: round.scanId })).toBe(false);
    expect(await canChangeLoop({ actor: consultantA, scanId: round.scanId })).toBe(true);
  });

  it("cannot set targets on a round that has no result yet", async () => {
    const round = await createTeamRound({ organisationName: "Open BV", respondents: [{ role: "employee" }] });
    expect(
      await setTargets({
        actor: { organiserToken: round.organiserToken, name: "" },
        input: input(round.scanId, [{ domainId: "culture", levelId: "leading" }]),
      }),
    ).toEqual({ ok: false, error: "not-found" });
  });
});
