import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/rounds/[token]/export/route";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { db } from "@/lib/server/db/db";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { getRoundByResultsToken } from "@/lib/server/rounds/get-round";
import { joinRound } from "@/lib/server/rounds/join-round";
import { saveAnswers } from "@/lib/server/scans/save-answers";
import { submitResponse } from "@/lib/server/scans/submit-response";

// Issue 14 through the data layer: a round is opened, answered through its team link, submitted and closed;
// then the published aggregate (as the results page reads it) and the round's exports hold nothing exact.

const quick = getLatestByKind("quick");
if (!quick) throw new Error("no quick questionnaire");
const questionnaire = quick;
type Value = number | "dk" | "na";
const everywhere = (value: Value) => questionnaire.items.map((item) => ({ itemId: item.id, value }));

type Respondent = { role: string; team?: string; answers: ReturnType<typeof everywhere> };

async function closedRound({
  respondents,
  minGroupSize = 3,
  roles = ["board", "manager", "employee"],
  teams = [],
}: {
  respondents: Respondent[];
  minGroupSize?: number;
  roles?: string[];
  teams?: string[];
}) {
  const created = await createRound({
    input: {
      organisationName: "Anoniem BV",
      organiserRole: "",
      kind: "quick",
      locale: "nl",
      closesAt: null,
      roles,
      teams,
      minGroupSize,
      expectedRespondents: 100,
    },
  });
  if (!created.ok) throw new Error(created.error);
  const scan = await db.scan.findUniqueOrThrow({ where: { id: created.scanId } });
  for (const r of respondents) {
    const joined = await joinRound({ teamToken: scan.teamToken ?? "", role: r.role, team: r.team ?? "", locale: "nl" });
    if (!joined.ok) throw new Error(joined.error);
    const saved = await saveAnswers({ resumeToken: joined.resumeToken, answers: r.answers });
    if (!saved.ok) throw new Error(saved.error);
    const submitted = await submitResponse({ resumeToken: joined.resumeToken });
    if (!submitted.ok) throw new Error(submitted.error);
  }
  await closeRound({ scanId: scan.id });
  const round = await getRoundByResultsToken(scan.resultsToken);
  if (!round?.aggregate) throw new Error("no aggregate");
  return { scan, round, aggregate: round.aggregate };
}

async function exported(organiserToken: string | null, kind: "items" | "domains") {
  const response = await GET(new Request(`http://test/api/rounds/x/export?kind=${kind}&format=json`), {
    params: Promise.resolve({ token: organiserToken ?? "" }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, Array<Record<string, unknown>>>;
  return body[kind] ?? [];
}

const csvHeader = async (organiserToken: string | null, kind: "items" | "domains") => {
  const response = await GET(new Request(`http://test/api/rounds/x/export?kind=${kind}&format=csv`), {
    params: Promise.resolve({ token: organiserToken ?? "" }),
  });
  return (await response.text()).split(/\r?\n/)[0] ?? "";
};

function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)]);
  return [];
}

describe("round anonymity (issue 14)", () => {
  it("attack 2: 5, 1 and don't know everywhere at minimum 3 publishes no statement and exports no item row", async () => {
    const { scan, aggregate } = await closedRound({
      respondents: [
        { role: "employee", answers: everywhere(5) },
        { role: "employee", answers: everywhere(1) },
        { role: "employee", answers: everywhere("dk") },
      ],
    });
    expect(aggregate.shown).toBe(true);
    expect(aggregate.items).toHaveLength(questionnaire.items.length);
    expect(aggregate.items.every((item) => !item.shown && item.counts.length === 0 && item.dontKnow === null)).toBe(
      true,
    );
    // Not in the stored snapshot either: nothing to leak through a later reader.
    const stored = JSON.parse((await db.scan.findUniqueOrThrow({ where: { id: scan.id } })).aggregate ?? "null");
    expect(keysIn(stored)).not.toContain("count");
    expect(await exported(scan.organiserToken, "items")).toEqual([]);
  });

  it("attack 3: 3 respondents show means without spread; 5 show Q1 and Q3 only; no min or max anywhere", async () => {
    const three = await closedRound({
      respondents: [1, 3, 5].map((v) => ({ role: "employee", answers: everywhere(v) })),
    });
    expect(three.aggregate.domains.some((d) => d.shown)).toBe(true);
    expect(three.aggregate.domains.every((d) => d.spread === null && d.consensus === null)).toBe(true);
    const rows = await exported(three.scan.organiserToken, "domains");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.q1 === null && row.q3 === null)).toBe(true);

    const five = await closedRound({
      respondents: [1, 2, 3, 4, 5].map((v) => ({ role: "employee", answers: everywhere(v) })),
    });
    const spreads = five.aggregate.domains.flatMap((d) => (d.spread ? [d.spread] : []));
    expect(spreads.length).toBeGreaterThan(0);
    for (const spread of spreads) expect(Object.keys(spread).sort()).toEqual(["q1", "q3"]);
    const stored = JSON.parse((await db.scan.findUniqueOrThrow({ where: { id: five.scan.id } })).aggregate ?? "null");
    for (const key of ["min", "max", "median"]) expect(keysIn(stored)).not.toContain(key);
    expect(await csvHeader(five.scan.organiserToken, "domains")).toBe(
      "scope;group;domain_id;respondents;score;level;q1;q3;consensus",
    );
  });

  it("merges 1 board member with 3 managers against 3 employees; exports hold only the shown groups", async () => {
    const { scan, aggregate } = await closedRound({
      respondents: [
        { role: "board", answers: everywhere(5) },
        ...Array.from({ length: 3 }, () => ({ role: "manager", answers: everywhere(4) })),
        ...Array.from({ length: 3 }, () => ({ role: "employee", answers: everywhere(2) })),
      ],
    });
    expect(aggregate.groups.map((g) => [g.key, g.members, g.shown, g.respondents])).toEqual([
      ["board + manager", ["board", "manager"], true, 4],
      ["employee", ["employee"], true, 3],
    ]);
    const groups = new Set((await exported(scan.organiserToken, "domains")).map((row) => row.group));
    expect(groups).toEqual(new Set([null, "board + manager", "employee"]));
    // 7 scale answers per statement for the round; the groups' 4 and 3 are below the distribution minimum.
    const items = await exported(scan.organiserToken, "items");
    expect(new Set(items.map((row) => row.scope))).toEqual(new Set(["round"]));
  });

  it("a snapshot written before these rules is read without min, max or small distributions", async () => {
    const { scan } = await closedRound({
      respondents: [1, 3, 5].map((v) => ({ role: "employee", answers: everywhere(v) })),
    });
    const item = questionnaire.items[0];
    const domain = questionnaire.domains[0];
    if (!item || !domain) throw new Error("quick scan needs items");
    // What the old code stored for this round: the five-number spread and every statement's counts.
    const counts = questionnaire.scale.points.map((p) => ({
      value: p.value,
      count: [1, 3, 5].includes(p.value) ? 1 : 0,
    }));
    const oldItem = {
      itemId: item.id,
      domainId: item.domain,
      respondents: 3,
      counts,
      dontKnow: 0,
      notApplicable: 0,
      unanswered: 0,
      divergence: 50,
    };
    const v1 = {
      version: 1,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      minGroupSize: 3,
      shown: true,
      tooFew: false,
      respondents: 3,
      overall: { score: 50, level: "developing" },
      domains: [
        {
          domainId: domain.id,
          shown: true,
          respondents: 3,
          score: 50,
          level: "developing",
          spread: { min: 0, q1: 25, median: 50, q3: 75, max: 100 },
          consensus: "divided",
          consensusCaveat: true,
        },
      ],
      groups: [
        {
          by: "role",
          key: "employee",
          shown: true,
          tooFew: false,
          respondents: 3,
          overall: { score: 50, level: "developing" },
          domains: [],
          items: [oldItem],
        },
      ],
      gaps: [],
      items: [oldItem],
    };
    await db.scan.update({ where: { id: scan.id }, data: { aggregate: JSON.stringify(v1) } });
    const round = await getRoundByResultsToken(scan.resultsToken);
    const read = round?.aggregate;
    for (const key of ["min", "max", "median"]) expect(keysIn(read)).not.toContain(key);
    expect(read?.domains[0]).toMatchObject({ score: 50, spread: null, consensus: null });
    expect(read?.items.every((i) => !i.shown && i.counts.length === 0)).toBe(true);
    expect(await exported(scan.organiserToken, "items")).toEqual([]);
    const domainRows = await exported(scan.organiserToken, "domains");
    expect(domainRows.every((row) => !("min" in row) && !("max" in row) && row.q1 === null)).toBe(true);
  });
});
