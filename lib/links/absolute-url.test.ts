import { describe, expect, it } from "vitest";
import { absoluteUrl } from "@/lib/links/absolute-url";

describe("absoluteUrl", () => {
  it("joins origin and path, once slash", () => {
    expect(absoluteUrl({ origin: "https://kompas.example", path: "/scan/abc" })).toBe(
      "https://kompas.example/scan/abc",
    );
    expect(absoluteUrl({ origin: "https://kompas.example/", path: "/scan/abc" })).toBe(
      "https://kompas.example/scan/abc",
    );
  });

  it("adds the language, Dutch for anything unsupported", () => {
    expect(absoluteUrl({ origin: "http://localhost:3000", path: "/invite/t", lang: "en" })).toBe(
      "http://localhost:3000/invite/t?lang=en",
    );
    expect(absoluteUrl({ origin: "http://localhost:3000", path: "/invite/t", lang: "de" })).toBe(
      "http://localhost:3000/invite/t?lang=nl",
    );
  });
});
