import { describe, expect, it } from "vitest";
import { colleagueInviteMail } from "@/lib/mail/templates/colleague-invite";

const input = {
  inviterName: "Anna de Vries",
  workspaceName: "Bureau Noord",
  link: "https://kompas.example.nl/colleague-invite/abcdefghijklmnopqrstuvwxyz012345?lang=nl",
  expiresAt: new Date("2026-12-08T12:00:00Z"),
  email: "bram@example.nl",
};

describe("colleague invitation mail", () => {
  it.each(["nl", "en"] as const)("names the inviter, the workspace, the address and the expiry in %s", (locale) => {
    const mail = colleagueInviteMail({ ...input, locale });
    // The subject names the workspace (issue 18: not only the person who invited); the body names both.
    expect(mail.subject).toContain("Bureau Noord");
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain("Bureau Noord");
      expect(body).toContain("Anna de Vries");
      expect(body).toContain("bram@example.nl");
      expect(body).toContain(locale === "nl" ? "8 december 2026" : "8 December 2026");
    }
    expect(mail.text).toContain(input.link);
    expect(mail.html).toContain(input.link.replace("&", "&amp;"));
  });

  it("escapes what the owner typed", () => {
    const mail = colleagueInviteMail({ ...input, locale: "en", workspaceName: '<script>alert("x")</script>' });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).toContain("&lt;script&gt;");
  });
});
