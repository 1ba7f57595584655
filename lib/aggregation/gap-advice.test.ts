import { describe, expect, it } from "vitest";
import { gapAdviceFor } from "@/lib/aggregation/gap-advice";
import { getQuestionnaire } from "@/lib/questionnaire/registry";

describe("gapAdviceFor", () => {
  const v2 = getQuestionnaire("klantkompas-full", 2);
  const v3 = getQuestionnaire("klantkompas-full", 3);
  if (!v2 || !v3) throw new Error("questionnaires missing");
  const domainId = v3.domains[0]?.id ?? "";

  it("gives a gap between teams the domain's team advice from v3 on, and a gap between roles its gap advice", () => {
    const domain = v3.domains[0];
    expect(domain?.teamGapAdvice).toBeDefined();
    expect(gapAdviceFor(v3, domainId, "team")).toEqual(domain?.teamGapAdvice);
    expect(gapAdviceFor(v3, domainId, "role")).toEqual(domain?.gapAdvice);
  });

  it("keeps v2's gap advice for both breakdowns, and has nothing for an unknown domain", () => {
    const domain = v2.domains[0];
    expect(gapAdviceFor(v2, domain?.id ?? "", "team")).toEqual(domain?.gapAdvice);
    expect(gapAdviceFor(v2, domain?.id ?? "", "role")).toEqual(domain?.gapAdvice);
    expect(gapAdviceFor(v3, "no-such-domain", "team")).toBeUndefined();
  });
});
