import { describe, expect, it } from "vitest";
import type { RoundAggregate } from "@/lib/aggregation";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { startRoundSchema } from "@/lib/schemas/round";
import { db } from "@/lib/server/db/db";
import { closeRound, reopenRound } from "@/lib/server/rounds/close-round";
import { getRoundByResultsToken, getRoundByTeamToken, getRoundProgress } from "@/lib/server/rounds/get-round";
import { addPersonalLinks, claimInvite, joinRound } from "@/lib/server/rounds/join-round";
import { getScanState } from "@/lib/server/scans/get-scan-state";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";
import { createTeamRound } from "@/lib/server/seed/create-team-round";
import { buildRoundForm, openTestRound } from "@/tests/factories/round";

const quick = getLatestByKind("quick");
if (!quick) throw new Error("no quick questionnaire");
const firstItem = quick.items[0]?.id ?? "";
const scalePoint = quick.scale.points[2]?.value ?? 3;

async function openRound(overrides: Record<string, unknown> = {}) {
  return openTestRound({ teams: "Verkoop\nService", expectedRespondents: "1000", ...overrides });
}

async function join(teamToken: string | null, role = "employee", team = "") {
  const joined = await joinRound({ teamToken: teamToken ?? "", role, team, locale: "nl" });
  if (!joined.ok) throw new Error(joined.error);
  return joined.resumeToken;
}

describe("team rounds", () => {
  it("gives everyone who opens the team link a response of their own", async () => {
    const scan = await openRound();
    const [a, b] = [await join(scan.teamToken), await join(scan.teamToken, "board", "Verkoop")];
    expect(a).not.toBe(b);
    await saveAnswers({ resumeToken: a, answers: [{ itemId: firstItem, value: scalePoint }] });
    const rows = await db.response.findMany({ where: { scanId: scan.id }, include: { answers: true } });
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.resumeToken === b)?.answers).toEqual([]);
    expect(rows.find((r) => r.resumeToken === b)).toMatchObject({ role: "board", team: "Verkoop" });
  });

  it("asks about the organisation unless the organiser chooses the respondents' own team", async () => {
    const organisation = await openRound();
    const team = await openRound({ scope: "team" });
    expect(organisation.scope).toBe("organisation");
    expect(team.scope).toBe("team");
    expect(startRoundSchema.safeParse(buildRoundForm({ scope: "department" })).success).toBe(false);
    // The respondent's pages read the scope with the scan.
    const state = await getScanState({ resumeToken: await join(team.teamToken) });
    expect(state?.scan.scope).toBe("team");
  });

  it("refuses a role or team the round does not offer, storing nothing", async () => {
    const scan = await openRound();
    expect(await joinRound({ teamToken: scan.teamToken ?? "", role: "ceo", team: "", locale: "nl" })).toEqual({
      ok: false,
      error: "invalid-role",
    });
    expect(await joinRound({ teamToken: scan.teamToken ?? "", role: "board", team: "Inkoop", locale: "nl" })).toEqual({
      ok: false,
      error: "invalid-team",
    });
    expect(await db.response.count({ where: { scanId: scan.id } })).toBe(0);
  });

  it("refuses bad round settings in the schema", () => {
    const base = {
      organisationName: "X",
      kind: "quick",
      locale: "nl",
      closesAt: "",
      roles: ["board"],
      minGroupSize: "3",
      confirmSmallGroups: true,
      expectedRespondents: "20",
    };
    expect(startRoundSchema.safeParse(base).success).toBe(true);
    expect(startRoundSchema.safeParse({ ...base, minGroupSize: "2" }).success).toBe(false);
    expect(startRoundSchema.safeParse({ ...base, minGroupSize: "11" }).success).toBe(false);
    expect(startRoundSchema.safeParse({ ...base, roles: [] }).success).toBe(false);
    expect(startRoundSchema.safeParse({ ...base, closesAt: "2020-01-01" }).success).toBe(false);
    expect(startRoundSchema.safeParse({ ...base, closesAt: "2026-02-31" }).success).toBe(false);
  });

  it("writes the aggregate at close, hides a role below the minimum and counts unfinished responses apart", async () => {
    const round = await createTeamRound({
      organisationName: "Sluit BV",
      respondents: [
        { role: "employee", targets: { leadership: 25 } },
        { role: "employee", targets: { leadership: 25 } },
        { role: "employee", targets: { leadership: 25 } },
        { role: "board", targets: { leadership: 100 } },
        { role: "board", targets: { leadership: 100 } },
        { role: "employee", submit: false },
      ],
    });
    const before = await db.scan.findUniqueOrThrow({ where: { id: round.scanId } });
    expect(before.submittedAt).toBeNull();
    expect(await closeRound({ scanId: round.scanId })).toEqual({ ok: true, alreadyClosed: false });
    const scan = await db.scan.findUniqueOrThrow({ where: { id: round.scanId }, include: { domainScores: true } });
    expect(scan).toMatchObject({ status: "closed", respondentCount: 5, unfinishedCount: 1 });
    expect(scan.submittedAt).not.toBeNull();
    const aggregate = JSON.parse(scan.aggregate ?? "null") as RoundAggregate;
    expect(aggregate.respondents).toBe(5);
    const board = aggregate.groups.find((g) => g.by === "role" && g.key === "board");
    expect(board).toMatchObject({ shown: false, respondents: null, domains: [] });
    expect(scan.domainScores).toHaveLength(quick.domains.length);
    expect(scan.overallScore).toBe(aggregate.overall.score);
  });

  it("stores nothing after closing: no answer, no submit, no new respondent", async () => {
    const round = await createTeamRound({
      organisationName: "Dicht BV",
      respondents: [
        { role: "employee" },
        { role: "employee" },
        { role: "employee" },
        { role: "employee", submit: false },
      ],
    });
    await closeRound({ scanId: round.scanId });
    const open = round.resumeTokens[3] ?? "";
    const answersBefore = await db.answer.count({ where: { response: { scanId: round.scanId } } });
    expect(await saveAnswers({ resumeToken: open, answers: [{ itemId: firstItem, value: scalePoint }] })).toEqual({
      ok: false,
      error: "closed",
    });
    expect(await submitResponse({ resumeToken: open })).toEqual({ ok: false, error: "closed" });
    expect(await joinRound({ teamToken: round.teamToken, role: "employee", team: "", locale: "nl" })).toEqual({
      ok: false,
      error: "closed",
    });
    expect(await db.answer.count({ where: { response: { scanId: round.scanId } } })).toBe(answersBefore);
    expect(await db.response.count({ where: { scanId: round.scanId } })).toBe(4);
  });

  it("closes once when two closes arrive together, and never reopens a round that showed results", async () => {
    const round = await createTeamRound({
      organisationName: "Dubbel BV",
      respondents: [{ role: "employee" }, { role: "employee" }, { role: "employee" }],
    });
    const results = await Promise.all([closeRound({ scanId: round.scanId }), closeRound({ scanId: round.scanId })]);
    expect(results.filter((r) => r.ok && !r.alreadyClosed)).toHaveLength(1);
    expect(await db.scanDomainScore.count({ where: { scanId: round.scanId } })).toBe(quick.domains.length);
    // Closing again one response later would let anyone subtract the two versions.
    expect(await reopenRound({ scanId: round.scanId })).toEqual({ ok: false, error: "published" });
    expect((await db.scan.findUniqueOrThrow({ where: { id: round.scanId } })).status).toBe("closed");
  });

  it("reopens a round that closed with too few responses to show, withdrawing its snapshot", async () => {
    const round = await createTeamRound({
      organisationName: "Te vroeg BV",
      respondents: [{ role: "employee" }, { role: "employee" }],
    });
    await closeRound({ scanId: round.scanId });
    expect(await reopenRound({ scanId: round.scanId })).toEqual({ ok: true });
    const reopened = await db.scan.findUniqueOrThrow({ where: { id: round.scanId } });
    expect(reopened).toMatchObject({ status: "open", submittedAt: null, aggregate: null, overallScore: null });
    expect(await db.scanDomainScore.count({ where: { scanId: round.scanId } })).toBe(0);
    const late = await join(round.teamToken);
    expect((await saveAnswers({ resumeToken: late, answers: [{ itemId: firstItem, value: scalePoint }] })).ok).toBe(
      true,
    );
  });

  it("closes by itself once its closing date has passed", async () => {
    const scan = await openRound();
    await join(scan.teamToken);
    await db.scan.update({ where: { id: scan.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    const round = await getRoundByTeamToken(scan.teamToken ?? "");
    expect(round?.closed).toBe(true);
    const closed = await db.scan.findUniqueOrThrow({ where: { id: scan.id } });
    expect(closed.status).toBe("closed");
    // It closed at its date, not when someone first looked.
    expect(closed.closedAt?.getTime()).toBeLessThanOrEqual(closed.closesAt?.getTime() ?? 0);
  });

  it("makes one personal link per person, lets them choose role and team once, and never lists answers", async () => {
    const scan = await openRound();
    expect(await addPersonalLinks({ scanId: scan.id, invitees: ["an@example.nl", "Bo"], locale: "nl" })).toEqual({
      ok: true,
      added: 2,
      mailed: 0,
    });
    expect(await addPersonalLinks({ scanId: scan.id, invitees: ["AN@example.nl", "Cor"], locale: "nl" })).toEqual({
      ok: true,
      added: 1,
      mailed: 0,
    });
    const { personalLinks, progress } = await getRoundProgress({ id: scan.id, minGroupSize: 3, sealed: false });
    expect(personalLinks.map((l) => [l.invitee, l.status])).toEqual([
      ["an@example.nl", "invited"],
      ["Bo", "invited"],
      ["Cor", "invited"],
    ]);
    expect(progress.total).toMatchObject({ invited: 3, started: 0, submitted: 0 });
    const invite = personalLinks[0]?.inviteToken ?? "";
    const unclaimed = await db.response.findUniqueOrThrow({ where: { inviteToken: invite } });
    expect(await claimInvite({ inviteToken: invite, role: "ceo", team: "" })).toEqual({
      ok: false,
      error: "invalid-role",
    });
    const claims = await Promise.all([
      claimInvite({ inviteToken: invite, role: "manager", team: "Service" }),
      claimInvite({ inviteToken: invite, role: "board", team: "" }),
    ]);
    expect(claims.filter((c) => c.ok)).toHaveLength(1);
    expect(claims.filter((c) => !c.ok)).toEqual([{ ok: false, error: "claimed" }]);
    const claimed = await db.response.findUniqueOrThrow({ where: { inviteToken: invite } });
    // The resume token the organiser could have seen is gone: only the claimant's browser holds the new one.
    expect(claimed.resumeToken).not.toBe(unclaimed.resumeToken);
    expect(claims.find((c) => c.ok)).toEqual({ ok: true, resumeToken: claimed.resumeToken });
    expect((await getRoundProgress({ id: scan.id, minGroupSize: 3, sealed: false })).personalLinks[0]?.status).toBe(
      "opened",
    );
    expect(JSON.stringify(personalLinks)).not.toMatch(/resumeToken|answer|score/i);
  });

  it("loses nothing when 200 respondents autosave at the same time", async () => {
    const scan = await openRound({ teams: "" });
    const tokens = await Promise.all(
      Array.from({ length: 200 }, (_, i) => join(scan.teamToken, i % 10 === 0 ? "board" : "employee")),
    );
    const items = quick.items.slice(0, 3);
    const saves = await Promise.all(
      tokens.flatMap((token, i) =>
        items.map((item, j) =>
          saveAnswers({
            resumeToken: token,
            answers: [{ itemId: item.id, value: quick.scale.points[(i + j) % quick.scale.points.length]?.value ?? 1 }],
          }),
        ),
      ),
    );
    const acknowledged = saves.filter((s) => s.ok).length;
    expect(acknowledged).toBe(200 * items.length);
    expect(await db.answer.count({ where: { response: { scanId: scan.id } } })).toBe(acknowledged);
    await Promise.all(tokens.map((token) => submitResponse({ resumeToken: token })));
    await closeRound({ scanId: scan.id });
    const closed = await db.scan.findUniqueOrThrow({ where: { id: scan.id } });
    const aggregate = JSON.parse(closed.aggregate ?? "null") as RoundAggregate;
    expect(aggregate.respondents).toBe(200);
    const counted = aggregate.items
      .filter((d) => items.some((i) => i.id === d.itemId))
      .reduce(
        (sum, d) => sum + d.counts.reduce((a, c) => a + c.count, 0) + (d.dontKnow ?? 0) + (d.notApplicable ?? 0),
        0,
      );
    expect(counted).toBe(acknowledged);
  }, 120_000);

  it("reads a closed round of 1,000 responses in one query, without re-scoring anyone", async () => {
    const scan = await openRound({ teams: "" });
    const domainIds = quick.domains.map((d) => d.id);
    for (let start = 0; start < 1000; start += 250) {
      const batch = Array.from({ length: 250 }, (_, i) => ({
        id: `bulk${scan.id.slice(-8)}${start + i}`,
        scanId: scan.id,
        resumeToken: `${scan.id.slice(-8)}${String(start + i).padStart(24, "0")}`,
        role: (start + i) % 4 === 0 ? "board" : "employee",
        locale: "nl",
        status: "submitted",
        submittedAt: new Date(),
        startedAt: new Date(),
      }));
      await db.response.createMany({ data: batch });
      await db.responseDomainScore.createMany({
        data: batch.flatMap((r, i) =>
          domainIds.map((domainId, j) => ({
            responseId: r.id,
            domainId,
            score: ((i + j) * 7) % 101,
            level: null,
            answered: 2,
            total: 2,
          })),
        ),
      });
      await db.answer.createMany({
        data: batch.map((r, i) => ({ responseId: r.id, itemId: firstItem, value: (i % 5) + 1 })),
      });
    }
    await closeRound({ scanId: scan.id });
    const queries: string[] = [];
    const listener = (event: { query: string }) => queries.push(event.query);
    db.$on("query", listener);
    const round = await getRoundByResultsToken(scan.resultsToken);
    expect(round?.aggregate?.respondents).toBe(1000);
    expect(queries.filter((q) => /^SELECT/i.test(q.trim()))).toHaveLength(1);
  }, 60_000);
});
