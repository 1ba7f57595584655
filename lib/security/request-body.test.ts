import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BODY_LIMIT_BYTES,
  checkActionBody,
  checkActionOrigin,
  checkDeclaredLength,
  isActionRequest,
} from "@/lib/security/request-body";

const bytes = (text: string) => new TextEncoder().encode(text);
const ACTION = "7f0c2a";

async function multipart(parts: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  const request = new Request("http://x/", { method: "POST", body: form });
  return { contentType: request.headers.get("content-type") ?? "", body: new Uint8Array(await request.arrayBuffer()) };
}

describe("isActionRequest and checkDeclaredLength", () => {
  it("treats POSTs with Next-Action or a form body as actions", () => {
    expect(isActionRequest({ method: "POST", contentType: "text/plain", nextAction: ACTION })).toBe(true);
    expect(isActionRequest({ method: "POST", contentType: "multipart/form-data; boundary=x", nextAction: null })).toBe(
      true,
    );
    expect(isActionRequest({ method: "POST", contentType: "application/json", nextAction: null })).toBe(false);
    expect(isActionRequest({ method: "GET", contentType: "", nextAction: ACTION })).toBe(false);
  });

  it("refuses a declared length over the limit with 413 and a non-number with 400", () => {
    expect(checkDeclaredLength(String(BODY_LIMIT_BYTES))).toEqual({ ok: true });
    expect(checkDeclaredLength(String(BODY_LIMIT_BYTES + 1))).toMatchObject({ ok: false, status: 413 });
    expect(checkDeclaredLength("-1")).toMatchObject({ ok: false, status: 400 });
    expect(checkDeclaredLength(null)).toEqual({ ok: true });
  });
});

describe("checkActionBody", () => {
  it("accepts what React sends: a JSON array of arguments, or a multipart reply", async () => {
    const save = JSON.stringify([{ token: "t".repeat(32), itemId: "lead-1", value: 3 }]);
    expect(
      await checkActionBody({ contentType: "text/plain;charset=UTF-8", nextAction: ACTION, body: bytes(save) }),
    ).toEqual({ ok: true });
    expect(
      await checkActionBody({
        contentType: "text/plain",
        nextAction: ACTION,
        body: bytes('["$$dollar","$undefined","$D2026-01-01"]'),
      }),
    ).toEqual({ ok: true });
    const form = await multipart({
      "1_name": "Bakkerij",
      "1_notes": "$ in notes is fine",
      "0": JSON.stringify([{ status: "idle" }, "$K1"]),
    });
    expect(await checkActionBody({ ...form, nextAction: ACTION })).toEqual({ ok: true });
    // A form posted without JavaScript names the action inside.
    const plain = await multipart({ $ACTION_ID_abc: "", name: "x" });
    expect(await checkActionBody({ ...plain, nextAction: null })).toEqual({ ok: true });
  });

  it("refuses bodies no browser running the app sends with 400", async () => {
    const refuse = async (body: string, contentType = "text/plain") =>
      (await checkActionBody({ contentType, nextAction: ACTION, body: bytes(body) })).ok;
    expect(await refuse("hello")).toBe(false);
    expect(await refuse('{"token":"x"}')).toBe(false);
    expect(await refuse('["$@1"]')).toBe(false);
    expect(await refuse('["$Q1"]')).toBe(false);
    expect(await refuse('["$nabc"]')).toBe(false);
    expect(await refuse("[1]", "application/json")).toBe(false);
    expect(await refuse("garbage", "multipart/form-data")).toBe(false);
    expect(await refuse("garbage", "multipart/form-data; boundary=zzz")).toBe(false);
    const unnamed = await multipart({ "0": "[]", "": "" });
    expect((await checkActionBody({ ...unnamed, nextAction: ACTION })).ok).toBe(false);
    expect((await checkActionBody({ ...unnamed, nextAction: null })).ok).toBe(false);
    const strangeName = await multipart({ "0": "[]", name: "x" });
    expect((await checkActionBody({ ...strangeName, nextAction: ACTION })).ok).toBe(false);
    const twice = new FormData();
    twice.append("0", "[]");
    twice.append("0", "");
    const twiceRequest = new Request("http://x/", { method: "POST", body: twice });
    const twiceBody = new Uint8Array(await twiceRequest.arrayBuffer());
    const twiceType = twiceRequest.headers.get("content-type") ?? "";
    expect((await checkActionBody({ contentType: twiceType, nextAction: ACTION, body: twiceBody })).ok).toBe(false);
    const dangling = await multipart({ "0": '["$1"]' });
    expect((await checkActionBody({ ...dangling, nextAction: ACTION })).ok).toBe(false);
    const noRoot = await multipart({ "1_name": "x" });
    expect((await checkActionBody({ ...noRoot, nextAction: ACTION })).ok).toBe(false);
    expect(
      (await checkActionBody({ contentType: "text/plain", nextAction: ACTION, body: new Uint8Array([0xff, 0xfe]) })).ok,
    ).toBe(false);
  });

  it("refuses a body over the limit with 413", async () => {
    const body = bytes(JSON.stringify(["x".repeat(BODY_LIMIT_BYTES)]));
    expect(await checkActionBody({ contentType: "text/plain", nextAction: ACTION, body })).toMatchObject({
      status: 413,
    });
  });

  it("never throws, whatever the body and content type", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(
          "",
          "text/plain",
          "multipart/form-data; boundary=b",
          "multipart/form-data",
          "application/x-www-form-urlencoded",
        ),
        fc.option(fc.constant(ACTION)),
        async (body, contentType, nextAction) => {
          const verdict = await checkActionBody({ contentType, nextAction, body });
          expect(verdict.ok || verdict.status === 400).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("checkActionOrigin", () => {
  it("accepts no Origin or this site's host, refuses any other (also a forged X-Forwarded-Host the caller did not trust)", () => {
    expect(checkActionOrigin({ origin: null, host: "k.example" })).toEqual({ ok: true });
    expect(checkActionOrigin({ origin: "http://k.example", host: "k.example" })).toEqual({ ok: true });
    expect(checkActionOrigin({ origin: "http://127.0.0.1:3100", host: "127.0.0.1:3100" })).toEqual({ ok: true });
    expect(checkActionOrigin({ origin: "http://evil.example", host: "k.example" })).toMatchObject({ status: 403 });
    expect(checkActionOrigin({ origin: "null", host: "k.example" })).toMatchObject({ status: 403 });
    expect(
      checkActionOrigin({ origin: "https://public.example", host: "app:3000", forwardedHost: "public.example" }),
    ).toEqual({ ok: true });
  });
});
