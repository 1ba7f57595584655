/**
 * Checks on POST bodies before Next.js decodes them (proxy.ts). Next.js 16 answers HTTP 500 when a
 * server-action body is over its limit or cannot be decoded (its action handler turns every decoding
 * error into a 500), so proxy.ts answers those requests itself: 413 over the limit, 400 for a body that
 * no browser running this app sends.
 */

/** The one body-size limit of server actions; next.config.ts passes it to Next.js as well. */
export const BODY_LIMIT_BYTES = 200 * 1024;

export type BodyVerdict = { ok: true } | { ok: false; status: 400 | 403 | 413; reason: string };

const REFUSE = (status: 400 | 403 | 413, reason: string): BodyVerdict => ({ ok: false, status, reason });

/** Whether Next.js would treat this POST as a server action (and so decode its body). */
export function isActionRequest(options: { method: string; contentType: string; nextAction: string | null }) {
  if (options.method !== "POST") return false;
  if (options.nextAction !== null) return true;
  // Forms without JavaScript post multipart or urlencoded bodies that name the action inside.
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(options.contentType);
}

/** By the Content-Length header alone, before reading anything. */
export function checkDeclaredLength(contentLength: string | null): BodyVerdict {
  if (contentLength === null) return { ok: true };
  if (!/^\d+$/.test(contentLength.trim())) return REFUSE(400, "content-length");
  return Number(contentLength) > BODY_LIMIT_BYTES ? REFUSE(413, "too-large") : { ok: true };
}

// The encoding of a fetch action's arguments (React's encodeReply): JSON in which a string that starts
// with "$" is a reference. The app's actions only take plain values, for which React writes "$$" (an
// escaped "$"), "$undefined", "$-0", "$NaN", "$Infinity", "$-Infinity", "$D<date>", "$n<bigint>" or,
// in a multipart reply, "$K<n>" (a FormData argument). References to other parts ("$<n>", "$@<n>") are
// refused: the app never sends them, and one to a missing part makes React's decoder fail (a 500).
const PLAIN_REFERENCE = /^\$(\$|undefined$|-0$|NaN$|-?Infinity$|D|n-?\d+$)/;
const PART_REFERENCE = /^\$K\d+$/;

function referencesAreSafe(value: unknown, allowParts: boolean, depth = 0): boolean {
  if (depth > 32) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return true;
    return PLAIN_REFERENCE.test(value) || (allowParts && PART_REFERENCE.test(value));
  }
  if (Array.isArray(value)) return value.every((v) => referencesAreSafe(v, allowParts, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.values(value).every((v) => referencesAreSafe(v, allowParts, depth + 1));
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The whole body of a server-action request, read by proxy.ts (at most the limit + 1 byte). */
export async function checkActionBody(options: {
  contentType: string;
  nextAction: string | null;
  body: Uint8Array;
}): Promise<BodyVerdict> {
  const { contentType, nextAction, body } = options;
  if (body.byteLength > BODY_LIMIT_BYTES) return REFUSE(413, "too-large");
  const multipart = /^multipart\/form-data\s*;\s*boundary=/i.test(contentType);
  if (/^multipart\//i.test(contentType) && !multipart) return REFUSE(400, "multipart-without-boundary");
  if (multipart) {
    let form: FormData;
    try {
      form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
    } catch {
      return REFUSE(400, "multipart");
    }
    // A part without a name crashes React's decoder (a 500): browsers never send one.
    for (const [name] of form) if (name === "") return REFUSE(400, "unnamed-part");
    if (nextAction === null) return { ok: true };
    // A fetch action's multipart reply (React's encodeReply): part "0" holds the arguments as an array,
    // further parts are numbered ("1") or fields of a FormData argument ("_1_name", older React "1_name").
    const numbered = new Set<string>();
    for (const [name] of form) {
      if (!/^(\d+|_?\d+_[\s\S]*)$/.test(name)) return REFUSE(400, "part-name");
      // A numbered part twice makes React's decoder fail; fields of a form may repeat.
      if (/^\d+$/.test(name)) {
        if (numbered.has(name)) return REFUSE(400, "part-twice");
        numbered.add(name);
      }
    }
    const root = form.get("0");
    if (typeof root !== "string") return REFUSE(400, "no-arguments");
    const parsed = parseJson(root);
    if (!parsed.ok || !Array.isArray(parsed.value) || !referencesAreSafe(parsed.value, true)) {
      return REFUSE(400, "arguments");
    }
    for (const [name, part] of form) {
      if (name === "0" || typeof part !== "string") continue;
      // Other parts are either form fields ("1_name") or further JSON chunks ("1", "2"…).
      if (/^\d+$/.test(name)) {
        const chunk = parseJson(part);
        if (!chunk.ok || !referencesAreSafe(chunk.value, true)) return REFUSE(400, "arguments");
      }
    }
    return { ok: true };
  }
  if (nextAction === null) return { ok: true };
  // A fetch action with plain arguments: the body is text (React sends text/plain).
  if (contentType !== "" && !/^text\/plain/i.test(contentType)) return REFUSE(400, "content-type");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return REFUSE(400, "encoding");
  }
  const parsed = parseJson(text);
  if (!parsed.ok || !Array.isArray(parsed.value) || !referencesAreSafe(parsed.value, false)) {
    return REFUSE(400, "arguments");
  }
  return { ok: true };
}

/**
 * Cross-site check of a server action, before Next.js's own (which answers a mismatch with a 500 and
 * would accept an X-Forwarded-Host that anyone can send): the Origin, when the browser sends one, must be
 * this site's host, i.e. the Host header or, behind a trusted proxy, the host the proxy forwarded.
 */
export function checkActionOrigin(options: {
  origin: string | null;
  host: string | null;
  forwardedHost?: string | null | undefined;
}): BodyVerdict {
  if (options.origin === null) return { ok: true };
  let originHost: string;
  try {
    originHost = new URL(options.origin).host.toLowerCase();
  } catch {
    return { ok: false, status: 403, reason: "origin" };
  }
  const hosts = [options.host, options.forwardedHost?.split(",")[0]]
    .map((h) => h?.trim().toLowerCase())
    .filter((h): h is string => Boolean(h));
  return hosts.includes(originHost) ? { ok: true } : { ok: false, status: 403, reason: "origin" };
}
