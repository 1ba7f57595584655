import { describe, expect, it } from "vitest";
import { emailVerificationMail } from "@/lib/mail/templates/email-verification";

const link = "https://kompas.example.nl/verify-email/aB3dE6gH9jK2mN5pQ8sT1vW4";

describe("address verification mail", () => {
  it.each(["nl", "en"] as const)("carries the link, its 24 hours and what it unlocks in %s", (locale) => {
    const mail = emailVerificationMail({ locale, link, validHours: 24 });
    expect(mail.subject).toMatch(locale === "nl" ? /Bevestig/ : /Confirm/);
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain(link);
      expect(body).toContain("24");
      expect(body).toMatch(locale === "nl" ? /uitnodigingen/ : /invitations/);
    }
    expect(mail.html).not.toMatch(/<img/i);
  });

  it("greets without a name: the one who signs up picks it, for anyone's address", () => {
    const mail = emailVerificationMail({ locale: "en", link, validHours: 24 });
    expect(mail.text).toMatch(/^Hello,$/m);
  });
});
