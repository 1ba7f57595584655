import { z } from "zod";

// One text schema for every free-text input (issue 15, finding 4). PostgreSQL cannot store U+0000 in a text
// column and answers a query containing it with an error (a 500); other C0 control characters and lone surrogate
// halves are never typed by a person, break exports and mails, and SQLite would keep them. They are refused with
// a field error on both databases, before any query. Tab and line breaks are allowed only in multi-line fields;
// a carriage return only as part of CRLF, the line break a browser sends for a textarea.

/** Any C0 control character or DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F]/;
/** As above, but tab, LF and the CR of a CRLF are allowed. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these patterns exist to find control characters
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|\r(?!\n)/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (no `u` flag: code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const CONTROL_CHARACTERS_MESSAGE = "errors.controlCharacters";

/** True when the text has a character the given kind of field refuses (control character or lone surrogate). */
export function hasForbiddenCharacters(text: string, { multiLine = false }: { multiLine?: boolean } = {}): boolean {
  return (multiLine ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text) || LONE_SURROGATE.test(text);
}

/** Removes what hasForbiddenCharacters finds (for search boxes, where a stripped query beats an error). */
export function stripForbiddenCharacters(text: string): string {
  return text.replace(new RegExp(LONE_SURROGATE, "g"), "").replace(new RegExp(SINGLE_LINE_FORBIDDEN, "g"), "");
}

type TextOptions = {
  /** Most characters allowed after trimming. */
  max: number;
  /** Message key when over max (default errors.tooLong). */
  tooLong?: string;
  /** Message key of an empty value; set it to make the field required. */
  required?: string;
};

function bounded(schema: z.ZodString, { max, tooLong = "errors.tooLong", required }: TextOptions): z.ZodString {
  const withMin = required ? schema.min(1, required) : schema;
  return withMin.max(max, tooLong);
}

/** One line of text (names, roles, teams, titles): trimmed; no control characters at all, no lone surrogates. */
export function singleLineText(options: TextOptions): z.ZodString {
  return bounded(
    z
      .string()
      .trim()
      .refine((text) => !hasForbiddenCharacters(text), { message: CONTROL_CHARACTERS_MESSAGE, abort: true }),
    options,
  );
}

/**
 * Text over several lines (notes, lists of one item per line): tab and line breaks allowed, nothing else below
 * U+0020, no lone surrogates. Trimmed unless `trim: false` (lists whose errors name line numbers).
 */
export function multiLineText({ trim = true, ...options }: TextOptions & { trim?: boolean }): z.ZodString {
  const base = trim ? z.string().trim() : z.string();
  return bounded(
    base.refine((text) => !hasForbiddenCharacters(text, { multiLine: true }), {
      message: CONTROL_CHARACTERS_MESSAGE,
      abort: true,
    }),
    options,
  );
}
