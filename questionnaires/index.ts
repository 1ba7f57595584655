// Every published questionnaire version. Never edit a released file: add a new version next to it,
// so scans keep being scored with the version they were started with.
import klantkompasFullV1 from "@/questionnaires/klantkompas-full.v1.json";
import klantkompasFullV2 from "@/questionnaires/klantkompas-full.v2.json";
import klantkompasFullV3 from "@/questionnaires/klantkompas-full.v3.json";
import klantkompasMirrorV1 from "@/questionnaires/klantkompas-mirror.v1.json";
import klantkompasQuickV1 from "@/questionnaires/klantkompas-quick.v1.json";
import klantkompasQuickV2 from "@/questionnaires/klantkompas-quick.v2.json";
import klantkompasQuickV3 from "@/questionnaires/klantkompas-quick.v3.json";

export const questionnaireFiles: ReadonlyArray<{ file: string; data: unknown }> = [
  { file: "questionnaires/klantkompas-full.v1.json", data: klantkompasFullV1 },
  { file: "questionnaires/klantkompas-quick.v1.json", data: klantkompasQuickV1 },
  { file: "questionnaires/klantkompas-full.v2.json", data: klantkompasFullV2 },
  { file: "questionnaires/klantkompas-quick.v2.json", data: klantkompasQuickV2 },
  // v3 (issue 17): new scans start here; v1/v2 scans keep their version. Trends and compare mark the v2→v3
  // break (different statements, same domains and level bands).
  { file: "questionnaires/klantkompas-full.v3.json", data: klantkompasFullV3 },
  { file: "questionnaires/klantkompas-quick.v3.json", data: klantkompasQuickV3 },
];

// Mirror questionnaires (issue 19): what customers answer; each pairs with a full scan version.
export const mirrorQuestionnaireFiles: ReadonlyArray<{ file: string; data: unknown }> = [
  { file: "questionnaires/klantkompas-mirror.v1.json", data: klantkompasMirrorV1 },
];
