import { describe, expect, it } from "vitest";
import { organiserLinkMail } from "@/lib/mail/templates/organiser-link";

const link = "https://kompas.example.nl/rounds/TOKEN";

describe("organiserLinkMail", () => {
  it("carries the organiser link and the organisation, in Dutch and in English, escaped in HTML", () => {
    const nl = organiserLinkMail({ locale: "nl", organisationName: "Zorggroep <Noord>", link });
    expect(nl.subject).toBe("Je organisatorlink voor de teamronde van Zorggroep <Noord>");
    expect(nl.text).toContain(link);
    expect(nl.text).toContain("stuur deze mail niet door");
    expect(nl.html).toContain("Zorggroep &lt;Noord&gt;");
    const en = organiserLinkMail({ locale: "en", organisationName: "Acme", link });
    expect(en.subject).toBe("Your organiser link for the team round of Acme");
    expect(en.html).toContain(`href="${link}"`);
    expect(`${nl.text}${en.text}`).not.toContain("{");
  });
});
