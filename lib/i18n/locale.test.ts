import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, resolveLocale } from "@/lib/i18n/locale";

describe("resolveLocale", () => {
  it("prefers the cookie the user chose", () => {
    expect(resolveLocale({ cookie: "en", acceptLanguage: "nl-NL,nl;q=0.9" })).toBe("en");
  });
  it("ignores an unsupported cookie value", () => {
    expect(resolveLocale({ cookie: "de", acceptLanguage: "en-GB" })).toBe("en");
  });
  it("falls back to Dutch", () => {
    expect(resolveLocale({})).toBe("nl");
    expect(resolveLocale({ acceptLanguage: "fr-FR,de;q=0.8" })).toBe("nl");
  });
});

describe("localeFromAcceptLanguage", () => {
  it("honours q-values over order", () => {
    expect(localeFromAcceptLanguage("nl;q=0.5,en;q=0.9")).toBe("en");
  });
  it("skips unsupported languages and q=0", () => {
    expect(localeFromAcceptLanguage("fr,en;q=0,nl-BE;q=0.3")).toBe("nl");
  });
  it("returns undefined for an empty header", () => {
    expect(localeFromAcceptLanguage("")).toBeUndefined();
  });
});
