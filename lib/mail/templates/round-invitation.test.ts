import { describe, expect, it } from "vitest";
import { roundInvitationMail } from "@/lib/mail/templates/round-invitation";

const input = {
  organisationName: "Zorggroep <Noord>",
  senderName: "Eva Jansen",
  link: "https://kompas.example.nl/r/i/TOKEN",
  closesAt: new Date("2026-12-15T00:00:00Z"),
};

describe("roundInvitationMail", () => {
  it("is written in Dutch and in English, with the personal link and the closing date", () => {
    const nl = roundInvitationMail({ ...input, locale: "nl" });
    expect(nl.subject).toBe("Uitnodiging: hoe klantgericht is Zorggroep <Noord>?");
    expect(nl.text).toContain("https://kompas.example.nl/r/i/TOKEN");
    expect(nl.text).toContain("15 december 2026");
    expect(nl.text).toContain("Eva Jansen");
    const en = roundInvitationMail({ ...input, locale: "en" });
    expect(en.subject).toBe("Invitation: how customer-centric is Zorggroep <Noord>?");
    expect(en.text).toContain("15 December 2026");
    expect(en.html).toContain("Zorggroep &lt;Noord&gt;");
    expect(en.html).not.toMatch(/<img/i);
  });

  it("leaves the date out when the round has none", () => {
    expect(roundInvitationMail({ ...input, closesAt: null, locale: "nl" }).text).not.toContain("sluit op");
  });
});
