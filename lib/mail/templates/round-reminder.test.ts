import { describe, expect, it } from "vitest";
import { roundReminderMail } from "@/lib/mail/templates/round-reminder";
import { scanInvitationMail } from "@/lib/mail/templates/scan-invitation";

describe("roundReminderMail", () => {
  it("reminds in Dutch and English with the same personal link", () => {
    const input = { organisationName: "Gemeente & Co", link: "https://k.example.nl/invite/T?lang=nl", closesAt: null };
    const nl = roundReminderMail({ ...input, locale: "nl" });
    expect(nl.subject).toBe("Herinnering: de Klantkompas-scan van Gemeente & Co");
    expect(nl.text).toContain("https://k.example.nl/invite/T?lang=nl");
    expect(nl.text).toContain("nog niet ingeleverd");
    expect(nl.html).toContain("Gemeente &amp; Co");
    const en = roundReminderMail({ ...input, locale: "en", closesAt: new Date("2026-12-24T00:00:00Z") });
    expect(en.subject).toBe("Reminder: the Klantkompas scan of Gemeente & Co");
    expect(en.text).toContain("The scan closes on 24 December 2026.");
    expect(en.html).not.toMatch(/<img|src=/i);
  });
});

describe("scanInvitationMail", () => {
  const input = {
    organisationName: "Bakkerij Korf",
    senderName: "Eva",
    kind: "quick" as const,
    minutes: 5,
    link: "https://k.example.nl/scan/T?lang=en",
  };

  it("invites in both languages with the scan's name and time, and reminds", () => {
    const nl = scanInvitationMail({ ...input, locale: "nl" });
    expect(nl.subject).toBe("Wil je de snelscan van Klantkompas invullen voor Bakkerij Korf?");
    expect(nl.text).toContain("ongeveer 5 minuten");
    expect(nl.text).toContain("door Eva, namens Bakkerij Korf");
    const en = scanInvitationMail({ ...input, locale: "en", kind: "full" });
    expect(en.subject).toBe("Would you fill in the Klantkompas full scan for Bakkerij Korf?");
    expect(en.text).toContain("https://k.example.nl/scan/T?lang=en");
    const reminder = scanInvitationMail({ ...input, locale: "en", reminder: true });
    expect(reminder.subject).toBe("Reminder: the Klantkompas quick scan for Bakkerij Korf");
  });
});

describe("scanInvitationMail and the message to copy", () => {
  it("say the same thing: both come from the catalogue", async () => {
    const { createTranslator } = await import("next-intl");
    for (const locale of ["nl", "en"] as const) {
      const messages = (await import(`@/lib/i18n/messages/clients/${locale}.json`)).default;
      const t = createTranslator({ locale, messages, namespace: "clients.scan" });
      const mail = scanInvitationMail({
        locale,
        organisationName: "Bakkerij Korf",
        kind: "full",
        minutes: 20,
        link: "https://k.example.nl/scan/T",
      });
      const copied = t("message", {
        scan: t("messageScan.full"),
        organisation: "Bakkerij Korf",
        minutes: 20,
        link: "https://k.example.nl/scan/T",
      });
      // Every paragraph of the mail's text before the link appears word for word in the copied message.
      const lead = mail.text.split("\n\n").find((p) => p.includes("Bakkerij Korf") && p.includes("20"));
      expect(lead).toBeDefined();
      expect(copied).toContain(lead ?? "");
    }
  });
});
