import { describe, expect, it } from "vitest";
import { passwordResetMail } from "@/lib/mail/templates/password-reset";

const link = "https://kompas.example.nl/reset-password/aB3dE6gH9jK2mN5pQ8sT1vW4";

describe("password reset mail", () => {
  it.each(["nl", "en"] as const)(
    "carries the link, its hour and the sessions note in %s, text and HTML alike",
    (locale) => {
      const mail = passwordResetMail({ locale, link, validMinutes: 60 });
      expect(mail.subject).toMatch(locale === "nl" ? /wachtwoord/ : /password/);
      for (const body of [mail.text, mail.html]) {
        expect(body).toContain(link);
        expect(body).toContain("60");
        expect(body).toContain("kompas.example.nl");
      }
      expect(mail.text).toContain(locale === "nl" ? "Hallo," : "Hello,");
      expect(mail.html).not.toMatch(/<img/i);
    },
  );

  it("greets without a name: the one who signs up picks it, for anyone's address", () => {
    const mail = passwordResetMail({ locale: "en", link, validMinutes: 60 });
    expect(mail.text).toMatch(/^Hello,$/m);
  });
});
