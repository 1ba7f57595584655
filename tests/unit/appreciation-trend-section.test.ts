import { renderToStaticMarkup } from "react-dom/server";
import { createFormatter, createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/mirror-results/en.json";
import nl from "@/lib/i18n/messages/mirror-results/nl.json";
import type { ClientMirror } from "@/lib/server/mirrors/list-client-mirrors";

// The client page's appreciation section rendered on its own (the lead wires it into the client page): every
// figure in the table, "too few customers" below the minimum, an open mirror without figures.

const state = { locale: "nl" as Locale };
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: state.locale, messages: state.locale === "nl" ? nl : en, namespace } as never),
  getFormatter: async () => createFormatter({ locale: state.locale, timeZone: "Europe/Amsterdam" }),
}));

const { AppreciationTrendSection } = await import("@/components/mirrors/results/appreciation-trend-section");

const mirror = (over: Partial<ClientMirror>): ClientMirror => ({
  id: "m",
  organiserToken: "t",
  series: "team:klantkompas-full",
  pairedScanId: "s1",
  submittedAt: new Date("2026-03-01"),
  closedAt: new Date("2026-03-20"),
  respondents: 12,
  nps: { respondents: 12, promoters: 6, passives: 3, detractors: 3, score: 25, margin90: 30.2 },
  mark: { respondents: 12, mean: 7.4, distribution: null },
  ...over,
});

async function render(locale: Locale, mirrors: ClientMirror[]) {
  state.locale = locale;
  const element = await AppreciationTrendSection({
    mirrors,
    scans: [
      { id: "s1", series: "team:klantkompas-full", overallScore: 61.4, submittedAt: new Date("2026-03-01") },
      { id: "s2", series: "team:klantkompas-full", overallScore: 66, submittedAt: new Date("2026-09-01") },
    ],
    locale,
  });
  return renderToStaticMarkup(element);
}

describe("AppreciationTrendSection", () => {
  it("shows NPS with its margin and the mark per mirror beside the maturity of the paired scan", async () => {
    const html = await render("nl", [
      mirror({ id: "a" }),
      mirror({
        id: "b",
        pairedScanId: "s2",
        closedAt: new Date("2026-09-20"),
        respondents: 4,
        nps: {
          respondents: 4,
          promoters: null,
          passives: null,
          detractors: null,
          score: null,
          margin90: null,
        } as never,
        mark: { respondents: 4, mean: null, distribution: null },
      }),
      mirror({ id: "c", pairedScanId: "s2", closedAt: null, nps: null, mark: null, respondents: 2 }),
    ]);
    const rows = html.split('data-testid="appreciation-row"').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("61");
    expect(rows[0]).toContain("25 (± 30,2)");
    expect(rows[0]).toContain("7,4");
    expect(rows[1]).toContain("te weinig klanten");
    expect(rows[1]).not.toContain("(±");
    expect(rows[2]).toContain("loopt nog");
  });

  it("says so when the client has no mirror yet, in English too", async () => {
    expect(await render("en", [])).toContain("No customer mirrors yet.");
    expect(await render("en", [mirror({})])).toContain("25 (± 30.2)");
  });
});
