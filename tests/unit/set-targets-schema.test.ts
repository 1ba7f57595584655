import { describe, expect, it } from "vitest";
import { setTargetsFormSchema } from "@/app/actions/targets/set-targets.schema";

const scanId = "c".repeat(25);
const form = (targetDate: string, targets: Array<[string, string, string]>) => ({
  scanId,
  targetDate,
  targets: targets.map(([domainId, levelId, ownDate]) => ({ domainId, levelId, ownDate })),
});
const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("setTargetsFormSchema", () => {
  it("gives every domain the one date, unless it has its own", () => {
    const parsed = setTargetsFormSchema.parse(
      form("2027-06-30", [
        ["culture", "developing", ""],
        ["leadership", "established", "2027-03-01"],
      ]),
    );
    expect(parsed.targets).toEqual([
      { domainId: "culture", levelId: "developing", targetDate: day("2027-06-30") },
      { domainId: "leadership", levelId: "established", targetDate: day("2027-03-01") },
    ]);
  });

  it("stores no date when none is given", () => {
    const parsed = setTargetsFormSchema.parse(form("", [["culture", "developing", ""]]));
    expect(parsed.targets[0]?.targetDate).toBeNull();
  });

  it("refuses a date that is not a day, with the date message on that field", () => {
    for (const bad of ["2027-02-30", "30-06-2027", "tomorrow"]) {
      const common = setTargetsFormSchema.safeParse(form(bad, [["culture", "developing", ""]]));
      expect(common.success).toBe(false);
      expect(common.error?.issues[0]).toMatchObject({ path: ["targetDate"], message: "loop.errors.invalidDate" });
      const own = setTargetsFormSchema.safeParse(form("", [["culture", "developing", bad]]));
      expect(own.error?.issues[0]).toMatchObject({
        path: ["targets", 0, "ownDate"],
        message: "loop.errors.invalidDate",
      });
    }
  });
});
