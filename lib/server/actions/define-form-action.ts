// One way to write a server action. Every action lives in app/actions/<domain>/<verb-noun>.ts ("use server", one
// exported action per file) and is nothing but this wrapper around a call into lib/server/<domain>/…; its form
// schema sits beside it in <verb-noun>.schema.ts unless lib/server code or other forms share it (lib/schemas/).
// Server actions are public endpoints that anyone can post anything to, so the wrapper does the preamble each
// action used to write by hand, in this order: anything but a FormData gets NOT_A_FORM (never a throw, never a
// 500) → access ("public"; a signed-in "consultant" with a workspace, signed-out goes to /sign-in; an "owner" of it;
// or a check of its own, e.g. the organiser link, answering `refused` when it finds nobody) → `read` the form and
// `safeParse` it with the one schema (field errors and the refilled `fields`, never passwords) → the handler, with
// `once` for a form's one-time submit key (lib/server/actions/submit-keys.ts) → one typed result (ActionState).
// Next's redirect()/notFound() pass through; anything else unexpected is logged and answered with "error.title".
// Forms with state use defineFormAction (an ActionState for useActionState); plain <form action> posts use
// definePlainFormAction; the scan's per-answer save, called with a value instead of a form, uses defineValueAction.

import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type ActionState, fieldErrors, NOT_A_FORM, submittedFields } from "@/lib/forms/action-state";
import { tokenSchema } from "@/lib/schemas/scan";
import { runOnce } from "@/lib/server/actions/submit-keys";
import { type Consultant, requireConsultant } from "@/lib/server/auth/current-consultant";

/** Finds who may post a form (e.g. a consultant or the organiser link it carries); null: nobody who may. */
export type AccessCheck = (formData: FormData) => Promise<unknown>;

export type Access = "public" | "consultant" | "owner" | AccessCheck;

/** Who calls: nobody known for a public action, the signed-in consultant and their workspace, or whom a check found. */
export type Caller<A extends Access> = A extends AccessCheck
  ? NonNullable<Awaited<ReturnType<A>>>
  : A extends "public"
    ? null
    : Consultant;

/** The answer to an unexpected error: the same words as the error page, no details (those go to the log). */
export const UNEXPECTED_ERROR = { status: "error", message: "error.title" } as const satisfies ActionState;

/** The answer when an owner-only action is posted by a member. */
export const NOT_OWNER = { status: "error", message: "accounts.errors.notOwner" } as const satisfies ActionState;

export type ActionContext<A extends Access> = {
  caller: Caller<A>;
  formData: FormData;
  /** The fields named in `refill`, as submitted: to show them again with an error. */
  fields: Record<string, string>;
  /**
   * Runs `run` once per submit: a form that creates something carries a one-time `submitKey` (made when the page
   * rendered), and a repeat with it (double click, resent form, retry after a lost response) gets the first
   * result instead of a second row. Without a valid key, `run` simply runs.
   */
  once: <T>(scope: string, input: unknown, run: () => Promise<T>) => Promise<T>;
};

type FormOptions<S extends z.ZodType, A extends Access, R> = {
  access: A;
  /** The answer when access is refused: a member posting an owner's form, or an access check finding nobody. */
  refused?: NoInfer<R>;
  schema: S;
  /** What the schema parses, read from the form (missing fields as the schema expects them). */
  read: (formData: FormData) => unknown;
  /** The text fields to give back for refilling the form (never passwords), or a function for special ones. */
  refill?: readonly string[] | ((formData: FormData) => Record<string, string>);
  /** The answer to input the schema refuses; by default "check the fields" with the field errors. */
  invalid?: (
    error: z.ZodError<z.input<S>>,
    fields: Record<string, string>,
    formData: FormData,
  ) => NoInfer<R> | Promise<NoInfer<R>>;
  handler: (data: z.output<S>, context: ActionContext<A>) => Promise<NoInfer<R>>;
};

function onceFor(formData: FormData) {
  const key = tokenSchema.safeParse(formData.get("submitKey"));
  return <T>(scope: string, input: unknown, run: () => Promise<T>): Promise<T> =>
    key.success ? runOnce({ scope, key: key.data, input, run }) : run();
}

const REFUSED = Symbol("refused");

async function authorize<A extends Access>(access: A, formData: FormData): Promise<Caller<A> | typeof REFUSED> {
  if (access === "public") return null as Caller<A>;
  if (typeof access === "function") return ((await access(formData)) ?? REFUSED) as Caller<A> | typeof REFUSED;
  const consultant = await requireConsultant();
  if (access === "owner" && consultant.role !== "owner") return REFUSED;
  return consultant as Caller<A>;
}

/** Everything after the FormData check; `invalid` and `fallback` are what a refused or failed call answers. */
async function runForm<S extends z.ZodType, A extends Access, R>(
  options: FormOptions<S, A, R>,
  formData: FormData,
  answers: { invalid: (error: z.ZodError<z.input<S>>, fields?: Record<string, string>) => R; refused: R; fallback: R },
): Promise<R> {
  try {
    const caller = await authorize(options.access, formData);
    if (caller === REFUSED) return options.refused ?? answers.refused;
    const { refill } = options;
    const fields = typeof refill === "function" ? refill(formData) : refill ? submittedFields(formData, refill) : {};
    const parsed = options.schema.safeParse(await options.read(formData));
    if (!parsed.success) {
      const error = parsed.error as z.ZodError<z.input<S>>;
      if (options.invalid) return await options.invalid(error, fields, formData);
      return answers.invalid(error, refill ? fields : undefined);
    }
    return await options.handler(parsed.data, {
      caller: caller as Caller<A>,
      formData,
      fields,
      once: onceFor(formData),
    });
  } catch (error) {
    // redirect(), notFound() and Next's own signals are how an action ends; they are not failures.
    unstable_rethrow(error);
    // The console is wrapped at start-up (lib/security/log-redaction.ts): no capability token reaches the log.
    console.error("server action failed", error);
    return answers.fallback;
  }
}

/** The default answer to refused input; `fields` only for forms that refill (a password form never does). */
function checkFields(error: z.ZodError, fields?: Record<string, string>): ActionState {
  return {
    status: "error",
    message: "errors.checkFields",
    fieldErrors: fieldErrors(error),
    ...(fields ? { fields } : {}),
  };
}

/** An action for useActionState: (previous state, form) → the next state. */
export function defineFormAction<S extends z.ZodType, A extends Access, R extends ActionState = ActionState>(
  options: FormOptions<S, A, R>,
): (previous: R, formData: FormData) => Promise<R> {
  return async (_previous, formData) => {
    if (!(formData instanceof FormData)) return NOT_A_FORM as R;
    return runForm(options, formData, {
      invalid: (error, fields) => checkFields(error, fields) as R,
      refused: (options.access === "owner" ? NOT_OWNER : NOT_A_FORM) as R,
      fallback: UNEXPECTED_ERROR as R,
    });
  };
}

/** An action for a plain <form action>: no state to answer with, so refused input is ignored (or redirects). */
export function definePlainFormAction<S extends z.ZodType, A extends Access>(
  options: FormOptions<S, A, void>,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    if (!(formData instanceof FormData)) return;
    return runForm(options, formData, { invalid: () => undefined, refused: undefined, fallback: undefined });
  };
}

/** An action called from the browser's code with a value instead of a form; `invalid` answers a refused value. */
export function defineValueAction<S extends z.ZodType, R>(options: {
  schema: S;
  invalid: R;
  fallback: R;
  handler: (data: z.output<S>) => Promise<R>;
}): (input: z.input<S>) => Promise<R> {
  return async (input) => {
    try {
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) return options.invalid;
      return await options.handler(parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      console.error("server action failed", error);
      return options.fallback;
    }
  };
}
