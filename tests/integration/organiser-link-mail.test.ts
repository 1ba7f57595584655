import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { mailOrganiserLinkAction } from "@/app/actions/rounds/mail-organiser-link";
import { initialActionState } from "@/lib/forms/action-state";
import { MAIL_KIND } from "@/lib/mail/mail-kinds";
import { db } from "@/lib/server/db/db";
import { overrideMailConfig } from "@/lib/server/mail/mail-config";
import { overrideDailyCaps } from "@/lib/server/mail/mail-quota";
import { ORGANISER_LINK_MAILS_PER_DAY } from "@/lib/server/rounds/mail-organiser-link";
import { openTestRound } from "@/tests/factories/round";
import { createTestClient, createWorkspaceWithConsultant } from "@/tests/factories/workspace";
import { setUpMailSink } from "@/tests/support/mail-sink";

// "Mail me this link" on the organiser page of a round opened without an account: the action as the form posts
// it, against the database and a real SMTP server on loopback.

const ORIGIN = "https://kompas.example.nl";
const network = vi.hoisted(() => ({ ip: null as string | null }));
vi.mock("next-intl/server", () => ({ getLocale: async () => "nl" }));
vi.mock("@/lib/server/http/request-origin", () => ({
  getClientAddress: async () => network.ip,
  getRequestOrigin: async () => "https://kompas.example.nl",
}));

const { deliverAll } = setUpMailSink();
afterEach(() => {
  overrideDailyCaps(undefined);
  network.ip = null;
});

const address = (name: string) => `${name}-${randomUUID().slice(0, 8)}@example.test`;

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const mailsOf = (scanId: string) =>
  db.mailOutbox.count({ where: { refType: "scan", refId: scanId, kind: MAIL_KIND.organiserLink } });

describe("mailOrganiserLinkAction", () => {
  it("mails the organiser link, and nothing about the round's responses, to the address given", async () => {
    const round = await openTestRound({ organisationName: "Bakkerij Noord" });
    const to = address("Organisator");
    const state = await mailOrganiserLinkAction(
      initialActionState,
      form({ token: round.organiserToken ?? "", email: ` ${to} ` }),
    );
    expect(state).toMatchObject({
      status: "done",
      message: "mail.organiserLink.form.sent",
      values: { to: to.toLowerCase() },
    });
    const mails = await deliverAll();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual([to.toLowerCase()]);
    expect(mails[0]?.subject).toBe("Je organisatorlink voor de teamronde van Bakkerij Noord");
    expect(mails[0]?.text).toContain(`${ORIGIN}/rounds/${round.organiserToken}`);
    // Neither the team link nor the results link: only what was asked for.
    expect(mails[0]?.text).not.toContain(round.teamToken ?? "-");
    expect(mails[0]?.text).not.toContain(round.resultsToken);
  });

  it("stores and sends nothing for a bad address, a bad token or an unknown round", async () => {
    const round = await openTestRound();
    const token = round.organiserToken ?? "";
    const before = await db.mailOutbox.count();
    for (const email of ["", "geen-adres", "a@b\r\nBcc: x@y.test", `${"x".repeat(250)}@example.test`]) {
      const state = await mailOrganiserLinkAction(initialActionState, form({ token, email }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { email: "mail.organiserLink.form.invalid" } });
    }
    const wrongToken = await mailOrganiserLinkAction(
      initialActionState,
      form({ token: "x".repeat(32), email: address("vreemde") }),
    );
    expect(wrongToken).toMatchObject({ status: "error", message: "round.errors.notFound" });
    const noToken = await mailOrganiserLinkAction(initialActionState, form({ token: "../", email: address("a") }));
    expect(noToken.status).toBe("error");
    expect(await db.mailOutbox.count()).toBe(before);
    expect(await deliverAll()).toHaveLength(0);
  });

  it("is safe to repeat: the same address asked again soon gets one mail", async () => {
    const round = await openTestRound();
    const to = address("dubbel");
    const post = () =>
      mailOrganiserLinkAction(initialActionState, form({ token: round.organiserToken ?? "", email: to }));
    const states = await Promise.all([post(), post()]);
    const again = await post();
    for (const state of [...states, again]) expect(state).toMatchObject({ status: "done", values: { to } });
    expect(await mailsOf(round.id)).toBe(1);
    expect(await deliverAll()).toHaveLength(1);
  });

  it("is throttled per round, and by the daily cap per network, with a clear message", async () => {
    const round = await openTestRound();
    const token = round.organiserToken ?? "";
    for (let i = 0; i < ORGANISER_LINK_MAILS_PER_DAY; i += 1) {
      const state = await mailOrganiserLinkAction(initialActionState, form({ token, email: address(`n${i}`) }));
      expect(state.status).toBe("done");
    }
    const refused = await mailOrganiserLinkAction(initialActionState, form({ token, email: address("te-veel") }));
    expect(refused).toMatchObject({
      status: "error",
      message: "mail.organiserLink.form.tooMany",
      values: { max: ORGANISER_LINK_MAILS_PER_DAY },
    });
    expect(await mailsOf(round.id)).toBe(ORGANISER_LINK_MAILS_PER_DAY);
    // Delivered here, so no later test file finds them waiting in the shared outbox.
    expect(await deliverAll()).toHaveLength(ORGANISER_LINK_MAILS_PER_DAY);

    // Another round from a network whose daily cap is used up: refused whole, nothing stored.
    network.ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    overrideDailyCaps({ workspace: 500, network: 0 });
    const other = await openTestRound();
    const capped = await mailOrganiserLinkAction(
      initialActionState,
      form({ token: other.organiserToken ?? "", email: address("net") }),
    );
    expect(capped).toMatchObject({ status: "error", message: "mail.errors.dailyLimit" });
    expect(await mailsOf(other.id)).toBe(0);
  });

  it("refuses a round filed under a client (its consultant finds it there), and says so when mail is off", async () => {
    const { workspaceId } = await createWorkspaceWithConsultant();
    const clientRound = await openTestRound({}, await createTestClient(workspaceId));
    const state = await mailOrganiserLinkAction(
      initialActionState,
      form({ token: clientRound.organiserToken ?? "", email: address("c") }),
    );
    expect(state).toMatchObject({ status: "error", message: "mail.organiserLink.form.hasClient" });
    overrideMailConfig(undefined);
    const round = await openTestRound();
    const off = await mailOrganiserLinkAction(
      initialActionState,
      form({ token: round.organiserToken ?? "", email: address("off") }),
    );
    expect(off).toMatchObject({ status: "error", message: "mail.errors.off" });
    expect(await mailsOf(round.id)).toBe(0);
  });
});
