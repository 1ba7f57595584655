import { describe, expect, it } from "vitest";
import { MIN_GROUP_CEILING, MIN_GROUP_FLOOR } from "@/lib/aggregation/minimums";
import en from "@/lib/i18n/messages/round-admin/en.json";
import nl from "@/lib/i18n/messages/round-admin/nl.json";

// The form's error spells the range out in words; this keeps it in step with lib/aggregation/minimums.ts.
describe("the minimum group size message", () => {
  it("names the range the schema accepts", () => {
    for (const messages of [nl, en]) {
      const text = JSON.stringify(messages);
      const error = text.match(/"minGroupSize":"([^"]*\d[^"]*)"/)?.[1] ?? "";
      expect(error).toContain(String(MIN_GROUP_FLOOR));
      expect(error).toContain(String(MIN_GROUP_CEILING));
    }
  });
});
