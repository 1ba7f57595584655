import { describe, expect, it } from "vitest";
import { mirrorInvitationMail, mirrorReminderMail } from "@/lib/mail/templates/mirror-invitation";

const input = {
  organisationName: "Fietsenmaker <Oost>",
  senderName: "Eva Jansen",
  link: "https://kompas.example.nl/c/i/TOKEN",
  minutes: 5,
  closesAt: new Date("2026-12-15T00:00:00Z"),
};

describe("mirror mails", () => {
  it("say who asks, why, how long, that answers are anonymous, with the personal link, in nl and en", () => {
    const nl = mirrorInvitationMail({ ...input, locale: "nl" });
    expect(nl.subject).toBe("Hoe ervaar je Fietsenmaker <Oost>?");
    expect(nl.text).toContain("https://kompas.example.nl/c/i/TOKEN");
    expect(nl.text).toContain("ongeveer 5 minuten");
    expect(nl.text).toContain("anoniem");
    expect(nl.text).toContain("15 december 2026");
    expect(nl.text).toContain("Eva Jansen");
    const en = mirrorInvitationMail({ ...input, locale: "en" });
    expect(en.subject).toBe("How do you experience Fietsenmaker <Oost>?");
    expect(en.text).toContain("anonymous");
    expect(en.html).toContain("Fietsenmaker &lt;Oost&gt;");
  });

  it("reminds with the same link and leaves the date out when there is none", () => {
    const nl = mirrorReminderMail({ ...input, closesAt: null, locale: "nl" });
    expect(nl.subject).toBe("Herinnering: hoe ervaar je Fietsenmaker <Oost>?");
    expect(nl.text).toContain("https://kompas.example.nl/c/i/TOKEN");
    expect(nl.text).not.toContain("sluit op");
  });
});
