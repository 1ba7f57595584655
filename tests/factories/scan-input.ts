import type { StartScanInput } from "@/lib/schemas/scan";

let counter = 0;

/** Valid input for starting a scan; each call gets its own organisation name. */
export function buildStartInput(overrides: Partial<StartScanInput> = {}): StartScanInput {
  counter += 1;
  return {
    questionnaireId: "klantkompas-quick",
    organisationName: `Testorganisatie ${counter}`,
    respondentRole: "manager",
    team: undefined,
    locale: "nl",
    ...overrides,
  };
}
