import "server-only";

// The small JSON answers and downloads every app/api route gives: never cached, never a 500 for bad input.

export const NO_STORE = { "Cache-Control": "no-store" };

export type ProblemIssue = { param: string; message: string };

export function problem(status: 400 | 401 | 404 | 409, error: string, issues?: ProblemIssue[]) {
  return Response.json(issues ? { error, issues } : { error }, { status, headers: NO_STORE });
}

/** A file to save: its name in Content-Disposition, and a type the browser must not second-guess. */
export function downloadResponse({
  body,
  contentType,
  fileName,
}: {
  body: string;
  contentType: string;
  fileName: string;
}) {
  return new Response(body, {
    status: 200,
    headers: {
      ...NO_STORE,
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
