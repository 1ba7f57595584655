import { describe, expect, it } from "vitest";
import { escapeHtml, oneLine, renderMailLayout } from "@/lib/mail/templates/layout";

const base = {
  organisationName: "Bakkerij <De Korf> & Zn",
  senderName: 'Eva "consultant"',
  greeting: "Hallo,",
  paragraphs: ["Eerste <b>alinea</b>.", "Tweede alinea."],
  action: { label: "Start", url: "https://kompas.example.nl/r/abc?x=1&y=2" },
  afterAction: ["Tot ziens."],
};

describe("renderMailLayout", () => {
  it("escapes everything put into the HTML", () => {
    const { html } = renderMailLayout({ ...base, locale: "nl" });
    expect(html).toContain("Bakkerij &lt;De Korf&gt; &amp; Zn");
    expect(html).toContain("Eerste &lt;b&gt;alinea&lt;/b&gt;.");
    expect(html).toContain("Eva &quot;consultant&quot;");
    expect(html).toContain('href="https://kompas.example.nl/r/abc?x=1&amp;y=2"');
    expect(html).not.toContain("<b>");
    expect(html).not.toContain("<De Korf>");
  });

  it("has no images, no remote resources, and only the action's link", () => {
    for (const locale of ["nl", "en"] as const) {
      const { html } = renderMailLayout({ ...base, locale });
      expect(html).not.toMatch(/<img|<link|<script|<iframe|url\(|src=/i);
      expect(html.match(/href="/g)).toHaveLength(1);
    }
  });

  it("names the organisation and the sender in both languages, in text and HTML", () => {
    const nl = renderMailLayout({ ...base, locale: "nl" });
    expect(nl.text).toContain('door Eva "consultant", namens Bakkerij <De Korf> & Zn.');
    expect(nl.text).toContain("Start:\nhttps://kompas.example.nl/r/abc?x=1&y=2");
    expect(nl.html).toContain('<html lang="nl">');
    const en = renderMailLayout({ ...base, locale: "en", senderName: null });
    expect(en.text).toContain("sent by Klantkompas, on behalf of Bakkerij <De Korf> & Zn.");
    expect(en.html).toContain("Not expecting this e-mail?");
  });

  it("refuses a link that is not http(s)", () => {
    expect(() =>
      renderMailLayout({ ...base, locale: "nl", action: { label: "x", url: "javascript:alert(1)" } }),
    ).toThrow(/http/);
  });
});

describe("escapeHtml and oneLine", () => {
  it("escape the five special characters and flatten lines", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(oneLine("a\r\nb\tc  d")).toBe("a b c d");
    expect(oneLine("x".repeat(300), 10)).toHaveLength(10);
  });
});
