"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { type InvalidLine, readInviteeLines } from "@/lib/mail/invitee-lines";
import { inviteCookieName, roundCookieName, roundCookieOptions } from "@/lib/rounds/round-cookie";
import {
  expectedRespondentsFormSchema,
  joinRoundSchema,
  organiserTokenSchema,
  personalLinksSchema,
  type StartRoundInput,
  startClientRoundSchema,
  startRoundSchema,
} from "@/lib/schemas/round";
import { tokenSchema } from "@/lib/schemas/scan";
import { addressKey } from "@/lib/security/client-address";
import { createToken } from "@/lib/security/tokens";
import { runOnce } from "@/lib/server/actions/submit-keys";
import { getConsultant, requireConsultant } from "@/lib/server/auth/current-consultant";
import { getClient } from "@/lib/server/clients/manage-clients";
import { getClientAddress, getRequestOrigin } from "@/lib/server/http/request-origin";
import { mailEnabled } from "@/lib/server/mail/mail-config";
import { MAIL_REFUSAL_MESSAGE } from "@/lib/server/mail/mail-quota";
import { closeRound, reopenRound } from "@/lib/server/rounds/close-round";
import { type CreateRoundResult, createRound } from "@/lib/server/rounds/create-round";
import { getRoundByOrganiserToken } from "@/lib/server/rounds/get-round";
import {
  ANONYMOUS_ROUND_MAIL_CAP,
  addPersonalLinks,
  claimInvite,
  joinRound,
  setExpectedRespondents,
} from "@/lib/server/rounds/join-round";
import { reserveWindowAttempt } from "@/lib/server/throttle/reserve-window-attempt";

const ROUND_FIELDS = [
  "organisationName",
  "organiserRole",
  "kind",
  "locale",
  "closesAt",
  "extraRoles",
  "teams",
  "minGroupSize",
  "confirmSmallGroups",
  "mode",
  "expectedRespondents",
] as const;

function roundInput(formData: FormData, organisationName?: string) {
  return startRoundSchema.safeParse({
    organisationName: organisationName ?? formData.get("organisationName") ?? "",
    organiserRole: formData.get("organiserRole") ?? "",
    kind: formData.get("kind") ?? "",
    locale: formData.get("locale") ?? "",
    closesAt: formData.get("closesAt") ?? "",
    roles: formData.getAll("roles").filter((v): v is string => typeof v === "string"),
    extraRoles: formData.get("extraRoles") ?? "",
    teams: formData.get("teams") ?? "",
    minGroupSize: formData.get("minGroupSize") || undefined,
    confirmSmallGroups: formData.get("confirmSmallGroups") === "on",
    mode: formData.get("mode") || undefined,
    expectedRespondents: formData.get("expectedRespondents") ?? "",
  });
}

function refill(formData: FormData): Record<string, string> {
  const fields = submittedFields(formData, ROUND_FIELDS);
  fields.roles = formData
    .getAll("roles")
    .filter((v) => typeof v === "string")
    .join("\n");
  return fields;
}

/** Sealed invitations exist only with mail: their links are mailed and never shown. */
const SEALED_NEEDS_MAIL: ActionState = {
  status: "error",
  message: "errors.checkFields",
  fieldErrors: { mode: "anonymity.errors.sealedNeedsMail" },
};

/** A manager without an account opens a round from the landing page and gets the private organiser link. */
export async function startRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const parsed = roundInput(formData);
  if (parsed.success && parsed.data.mode === "sealed" && !mailEnabled()) {
    return { ...SEALED_NEEDS_MAIL, fields: refill(formData) };
  }
  if (!parsed.success) {
    return {
      status: "error",
      message: "errors.checkFields",
      fieldErrors: fieldErrors(parsed.error),
      fields: refill(formData),
    };
  }
  const created = await createRoundOnce(formData, "round", parsed.data, () => createRound({ input: parsed.data }));
  if (!created.ok) return { status: "error", message: "errors.unknownQuestionnaire" };
  redirect(`/rounds/${created.organiserToken}?new=1`);
}

/** A consultant opens a round for a client; it is filed under the client from the start. */
export async function startClientRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const { workspaceId } = await requireConsultant();
  const client = startClientRoundSchema.safeParse({ clientId: formData.get("clientId") });
  const found = client.success ? await getClient({ workspaceId, clientId: client.data.clientId }) : null;
  if (!found) return { status: "error", message: "clients.errors.notFound" };
  if (found.archivedAt) return { status: "error", message: "clients.errors.archived" };
  const parsed = roundInput(formData, found.name);
  if (parsed.success && parsed.data.mode === "sealed" && !mailEnabled()) {
    return { ...SEALED_NEEDS_MAIL, fields: refill(formData) };
  }
  if (!parsed.success) {
    return {
      status: "error",
      message: "errors.checkFields",
      fieldErrors: fieldErrors(parsed.error),
      fields: refill(formData),
    };
  }
  const created = await createRoundOnce(formData, `round:${found.id}`, parsed.data, () =>
    createRound({ input: parsed.data, clientId: found.id }),
  );
  if (!created.ok) return { status: "error", message: "errors.unknownQuestionnaire" };
  revalidatePath(`/clients/${found.id}`);
  redirect(`/rounds/${created.organiserToken}`);
}

/**
 * The form carries a one-time key made when the page rendered: a double click, a resent form or a retry after a
 * lost response gets the first round instead of a second one, on any app server (lib/server/actions/submit-keys.ts).
 */
function createRoundOnce(
  formData: FormData,
  scope: string,
  input: StartRoundInput,
  run: () => Promise<CreateRoundResult>,
): Promise<CreateRoundResult> {
  const key = tokenSchema.safeParse(formData.get("submitKey"));
  return key.success ? runOnce({ scope, key: key.data, input, run }) : run();
}

async function organiserRound(formData: FormData) {
  const parsed = organiserTokenSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return null;
  const round = await getRoundByOrganiserToken(parsed.data.token);
  return round ? { round, token: parsed.data.token } : null;
}

export async function closeRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const found = await organiserRound(formData);
  if (!found) return { status: "error", message: "round.errors.notFound" };
  await closeRound({ scanId: found.round.id });
  if (found.round.clientId) revalidatePath(`/clients/${found.round.clientId}`);
  redirect(`/rounds/${found.token}`);
}

export async function reopenRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const found = await organiserRound(formData);
  if (!found) return { status: "error", message: "round.errors.notFound" };
  const reopened = await reopenRound({ scanId: found.round.id });
  if (!reopened.ok)
    return {
      status: "error",
      message: `round.errors.${reopened.error === "published" ? "reopenPublished" : "notFound"}`,
    };
  if (found.round.clientId) revalidatePath(`/clients/${found.round.clientId}`);
  redirect(`/rounds/${found.token}`);
}

/** The personal-links form: with mail, also the lines that are not valid addresses, one by one. */
export type PersonalLinksState = ActionState & { invalidLines?: InvalidLine[] };

/** Lists mailed from rounds without an account, per network and hour. */
const ANONYMOUS_MAIL_PER_NETWORK = { maxAttempts: 10, windowMinutes: 60 };

export async function addPersonalLinksAction(
  _previous: PersonalLinksState,
  formData: FormData,
): Promise<PersonalLinksState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const fields = submittedFields(formData, ["list", "sendMail"]);
  const parsed = personalLinksSchema.safeParse({ token: formData.get("token"), list: formData.get("list") ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "list");
    if (!issue) return { status: "error", message: "round.errors.notFound", fields };
    const params = (issue as { params?: Record<string, string> }).params;
    return { status: "error", fieldErrors: { list: issue.message }, values: params, fields };
  }
  // "Send by mail" (only offered when mail is on): every line meant as an address must be a valid one, or
  // nothing is stored; names stay links to copy.
  const round = await getRoundByOrganiserToken(parsed.data.token);
  if (!round) return { status: "error", message: "round.errors.notFound", fields };
  // A sealed round mails every link (never shown): then every line must be an address, and mail must be on.
  if (round.sealed && !mailEnabled()) return { status: "error", message: "anonymity.errors.sealedMailOff", fields };
  const sendMail = (formData.get("sendMail") === "on" || round.sealed) && mailEnabled();
  const lines = readInviteeLines(String(formData.get("list") ?? "").split(/\r?\n/), { sendMail });
  if (lines.invalid.length > 0) {
    return {
      status: "error",
      fieldErrors: { list: "mail.errors.invalidLines" },
      invalidLines: lines.invalid.map((line) => ({ line: line.line, value: line.value.slice(0, 200) })),
      fields,
    };
  }
  if (round.sealed && lines.invitees.some((line) => !line.address)) {
    return { status: "error", fieldErrors: { list: "anonymity.errors.sealedNamesOnly" }, fields };
  }
  // A round without a client was opened without an account: its mail is limited per round and per network.
  const anonymous = round.clientId === null;
  if (sendMail && anonymous) {
    const ip = await getClientAddress();
    const allowed = ip
      ? await reserveWindowAttempt({ key: `round-mail-ip:${addressKey(ip)}`, rule: ANONYMOUS_MAIL_PER_NETWORK })
      : { ok: true as const };
    if (!allowed.ok) return { status: "error", message: "mail.errors.throttled", fields };
  }
  const mail = sendMail
    ? { origin: await getRequestOrigin(), senderName: (await getConsultant())?.name ?? null }
    : undefined;
  const added = await addPersonalLinks({
    scanId: round.id,
    invitees: lines.invitees.map((line) => line.invitee),
    locale: round.locale,
    mail,
    mailCap: anonymous ? ANONYMOUS_ROUND_MAIL_CAP : undefined,
  });
  if (!added.ok) {
    if (added.error === "unverified" || added.error === "daily-limit") {
      return { status: "error", message: MAIL_REFUSAL_MESSAGE[added.error], fields };
    }
    if (added.error === "mail-limit") {
      return { status: "error", message: "mail.errors.roundLimit", values: { max: ANONYMOUS_ROUND_MAIL_CAP }, fields };
    }
    const message = {
      closed: "errors.roundClosed",
      sealed: "anonymity.errors.sealedNamesOnly",
      "not-found": "round.errors.notFound",
    };
    return { status: "error", message: message[added.error], fields };
  }
  revalidatePath(`/rounds/${parsed.data.token}`);
  return { status: "idle", message: "mail.links.added", values: { count: added.added, mailed: added.mailed } };
}

const JOIN_ERRORS = {
  "not-found": "round.errors.notFound",
  closed: "errors.roundClosed",
  "invalid-role": "errors.roleRequired",
  "invalid-team": "round.errors.teamRequired",
  sealed: "anonymity.join.sealedRefused",
  full: "anonymity.join.full",
  throttled: "anonymity.join.throttled",
} as const;

/** The group-choice form of the team link and of a personal link: one schema, one way to answer its errors. */
function parseGroupChoice(formData: FormData) {
  const fields = submittedFields(formData, ["role", "team"]);
  const parsed = joinRoundSchema.safeParse({
    token: formData.get("token"),
    role: formData.get("role") ?? "",
    team: formData.get("team") ?? "",
  });
  if (parsed.success) return { ok: true as const, data: parsed.data, fields };
  const errors = fieldErrors(parsed.error);
  const state: ActionState = errors.token
    ? { status: "error", message: "round.errors.notFound" }
    : { status: "error", message: "errors.checkFields", fieldErrors: errors, fields };
  return { ok: false as const, state };
}

/** A refused choice: a bad role or team belongs to its field, anything else to the form. */
function choiceRefused(
  error: keyof typeof JOIN_ERRORS,
  fields: Record<string, string>,
  retryAfterSeconds?: number,
): ActionState {
  const message = JOIN_ERRORS[error];
  if (error === "throttled") {
    return {
      status: "error",
      message,
      values: { minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) },
      fields,
    };
  }
  if (error === "invalid-role") return { status: "error", fieldErrors: { role: message }, fields };
  if (error === "invalid-team") return { status: "error", fieldErrors: { team: message }, fields };
  return { status: "error", message, fields };
}

/** The cookie that tells one browser from another for the join limit; it holds nothing else. */
const BROWSER_COOKIE = "kk_browser";

/** The team link: every browser gets its own response; the browser remembers it, so reopening the link resumes. */
export async function joinRoundAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const choice = parseGroupChoice(formData);
  if (!choice.ok) return choice.state;
  const { token, role, team } = choice.data;
  const cookieStore = await cookies();
  // A random id per browser, for the per-browser join limit (a browser without it gets one now).
  const known = tokenSchema.safeParse(cookieStore.get(BROWSER_COOKIE)?.value);
  const browserId = known.success ? known.data : createToken();
  if (!known.success) cookieStore.set(BROWSER_COOKIE, browserId, roundCookieOptions());
  const joined = await joinRound({
    teamToken: token,
    role,
    team,
    locale: await getLocale(),
    requester: { ip: await getClientAddress(), browserId },
  });
  if (!joined.ok) {
    return choiceRefused(
      joined.error,
      choice.fields,
      "retryAfterSeconds" in joined ? joined.retryAfterSeconds : undefined,
    );
  }
  cookieStore.set(roundCookieName(token), joined.resumeToken, roundCookieOptions());
  redirect(`/scan/${joined.resumeToken}`);
}

/** A personal link: the respondent picks role and team once and gets a resume link only their browser holds. */
export async function claimInviteAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const choice = parseGroupChoice(formData);
  if (!choice.ok) return choice.state;
  const { token, role, team } = choice.data;
  const claimed = await claimInvite({ inviteToken: token, role, team });
  if (!claimed.ok) {
    if (claimed.error === "claimed") redirect(`/invite/${token}`);
    return choiceRefused(claimed.error, choice.fields);
  }
  (await cookies()).set(inviteCookieName(token), claimed.resumeToken, roundCookieOptions());
  redirect(`/scan/${claimed.resumeToken}`);
}

const EXPECTED_ERRORS = {
  closed: "errors.roundClosed",
  sealed: "anonymity.join.sealedRefused",
  "below-joined": "anonymity.errors.belowJoined",
} as const;

/** The organiser changes the expected respondents (the team link's cap) while the round is open. */
export async function setExpectedRespondentsAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return NOT_A_FORM;
  const fields = submittedFields(formData, ["expectedRespondents"]);
  const parsed = expectedRespondentsFormSchema.safeParse({
    token: formData.get("token"),
    expectedRespondents: formData.get("expectedRespondents") ?? "",
  });
  if (!parsed.success) {
    const tokenBad = parsed.error.issues.some((issue) => issue.path[0] === "token");
    return tokenBad
      ? { status: "error", message: "round.errors.notFound" }
      : { status: "error", fieldErrors: { expectedRespondents: "anonymity.errors.expected" }, fields };
  }
  const round = await getRoundByOrganiserToken(parsed.data.token);
  if (!round) return { status: "error", message: "round.errors.notFound" };
  const done = await setExpectedRespondents({ scanId: round.id, expected: parsed.data.expectedRespondents });
  if (!done.ok) {
    return {
      status: "error",
      fieldErrors: { expectedRespondents: EXPECTED_ERRORS[done.error] },
      values: { joined: done.joined ?? 0 },
      fields,
    };
  }
  revalidatePath(`/rounds/${parsed.data.token}`);
  return { status: "idle", message: "anonymity.expected.saved" };
}
