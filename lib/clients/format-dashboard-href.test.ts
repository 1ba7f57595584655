import { describe, expect, it } from "vitest";
import { dashboardHref, sortHref } from "@/lib/clients/format-dashboard-href";
import { clientListQuerySchema } from "@/lib/schemas/client";

const query = (input: Record<string, string> = {}) => clientListQuerySchema.parse(input);

describe("dashboardHref", () => {
  it("is the bare path for the default view", () => {
    expect(dashboardHref(query())).toBe("/dashboard");
  });
  it("keeps search, filters and sort when changing the page", () => {
    const href = dashboardHref(query({ q: "Gemeente & co", sector: "public", level: "aware", sort: "score" }), {
      page: 3,
    });
    const params = new URL(href, "http://x").searchParams;
    expect(Object.fromEntries(params)).toEqual({
      q: "Gemeente & co",
      sector: "public",
      level: "aware",
      sort: "score",
      dir: "asc",
      page: "3",
    });
  });
  it("keeps the archived view", () => {
    expect(dashboardHref(query({ archived: "1" }), { page: 2 })).toBe("/dashboard?archived=1&page=2");
  });
});

describe("sortHref", () => {
  it("flips the direction of the active column and goes back to page 1", () => {
    expect(sortHref(query({ page: "4" }), "name")).toBe("/dashboard?sort=name&dir=desc");
    expect(sortHref(query({ sort: "name", dir: "desc" }), "name")).toBe("/dashboard");
  });
  it("starts another column at its natural direction", () => {
    expect(sortHref(query(), "score")).toBe("/dashboard?sort=score&dir=desc");
    expect(sortHref(query({ q: "a" }), "lastScan")).toBe("/dashboard?q=a&sort=lastScan&dir=desc");
  });
});
