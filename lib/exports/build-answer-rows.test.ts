import { describe, expect, it } from "vitest";
import { ANSWER_COLUMNS, buildAnswerRows } from "@/lib/exports/build-answer-rows";
import type { ExportScan } from "@/lib/exports/types";
import { getQuestionnaire } from "@/lib/questionnaire/registry";
import { buildExportScan } from "@/tests/factories/export-scan";

// v1: the quick scan v2 has no reverse-worded statements, and every old scan keeps exporting on its own version.
const quick = getQuestionnaire("klantkompas-quick", 1);
if (!quick) throw new Error("quick scan missing");
const reverse = quick.items.find((item) => item.reverse);
const straight = quick.items.filter((item) => !item.reverse);
const [first, second] = straight;
if (!reverse || !first || !second) throw new Error("the quick scan needs a reverse and two plain items");

const base = buildExportScan(quick, {
  // Stored order is not questionnaire order.
  answers: [
    { itemId: second.id, value: null, nonAnswer: "na" },
    { itemId: reverse.id, value: 2 },
    { itemId: first.id, value: 4 },
  ],
});

describe("buildAnswerRows", () => {
  it("has the documented columns and one row per stored answer, in questionnaire order", () => {
    const table = buildAnswerRows([base, { ...base, id: "a2", answers: [{ itemId: first.id, value: 1 }] }], {
      locale: "nl",
    });
    expect(table.columns).toEqual([...ANSWER_COLUMNS]);
    expect(table.rows).toHaveLength(4);
    const order = quick.items.map((item) => item.id);
    const firstScan = table.rows.filter((row) => row.assessment_id === "a1").map((row) => String(row.item_id));
    expect(firstScan).toEqual([...firstScan].sort((x, y) => order.indexOf(x) - order.indexOf(y)));
    expect(table.rows[3]).toMatchObject({ assessment_id: "a2", item_id: first.id, answer_value: 1 });
  });

  it("applies reverse scoring to the scored value only, and leaves 'don't know' empty", () => {
    const rows = buildAnswerRows([base], { locale: "en" }).rows;
    expect(rows.find((row) => row.item_id === reverse.id)).toMatchObject({
      answer_value: 2,
      reverse: true,
      scored_value: 4,
      dont_know: false,
      domain_id: reverse.domain,
    });
    expect(rows.find((row) => row.item_id === first.id)).toMatchObject({ answer_value: 4, scored_value: 4 });
    expect(rows.find((row) => row.item_id === second.id)).toMatchObject({
      answer_value: null,
      dont_know: true,
      non_answer: "na",
      scored_value: null,
      reverse: false,
    });
  });

  it("names which non-answer was given: 'na' or 'dk', and 'na' for a v1 answer stored without a code", () => {
    const rows = buildAnswerRows(
      [
        {
          ...base,
          answers: [
            { itemId: first.id, value: null, nonAnswer: "dk" },
            { itemId: second.id, value: null },
            { itemId: reverse.id, value: 2, nonAnswer: null },
          ],
        },
      ],
      { locale: "nl" },
    ).rows;
    expect(rows.find((row) => row.item_id === first.id)).toMatchObject({ dont_know: true, non_answer: "dk" });
    expect(rows.find((row) => row.item_id === second.id)).toMatchObject({ dont_know: true, non_answer: "na" });
    expect(rows.find((row) => row.item_id === reverse.id)).toMatchObject({ dont_know: false, non_answer: null });
  });

  it("never writes a team round's answers, even when it is given some", () => {
    const round: ExportScan = { ...base, id: "r1", scanKind: "team", respondentCount: 7, respondentRole: null };
    const rows = buildAnswerRows([round, base], { locale: "nl" }).rows;
    expect(rows.map((row) => row.assessment_id)).toEqual(["a1", "a1", "a1"]);
  });

  it("writes the statement in the chosen language and the submitted timestamp", () => {
    const nl = buildAnswerRows([base], { locale: "nl" }).rows.find((row) => row.item_id === first.id);
    const en = buildAnswerRows([base], { locale: "en" }).rows.find((row) => row.item_id === first.id);
    expect(nl?.statement).toBe(first.statement.nl);
    expect(en?.statement).toBe(first.statement.en);
    expect(nl?.submitted_at).toBe("2026-01-02T10:00:00Z");
  });

  it("keeps answers whose item is no longer in the questionnaire, with what is known", () => {
    const rows = buildAnswerRows([{ ...base, answers: [{ itemId: "gone-item", value: 3 }] }], { locale: "nl" }).rows;
    expect(rows[0]).toMatchObject({ item_id: "gone-item", answer_value: 3, domain_id: null, statement: null });
  });
});
