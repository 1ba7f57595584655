import { slugify } from "@/lib/exports/export-file-name";
import { tokenSchema } from "@/lib/schemas/scan";
import { NO_STORE, problem } from "@/lib/server/http/api-response";
import { getRequestOrigin } from "@/lib/server/http/request-origin";
import { getMirrorForOrganiser } from "@/lib/server/mirrors/get-mirror-for-organiser";
import { mirrorPublicLink } from "@/lib/server/mirrors/mirror-links";
import { mirrorQrPng, mirrorQrSvg } from "@/lib/server/mirrors/mirror-qr";

// GET /api/mirrors/<organiserToken>/qr?format=png|svg — the QR code of the mirror's public link, to download
// (for a poster, a flyer, a receipt). Only the organiser link opens it: 404 for any other token.

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const format = new URL(request.url).searchParams.get("format") ?? "png";
  if (format !== "png" && format !== "svg") return problem(400, "invalid-query");
  const token = tokenSchema.safeParse((await params).token);
  const mirror = token.success ? await getMirrorForOrganiser(token.data) : null;
  if (!mirror) return problem(404, "not-found");
  const url = mirrorPublicLink(await getRequestOrigin(), mirror.publicToken);
  const fileName = `klantkompas-qr-${slugify(mirror.organisationName, "mirror")}.${format}`;
  const headers = {
    ...NO_STORE,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "svg") {
    return new Response(await mirrorQrSvg(url), {
      headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  }
  return new Response(new Uint8Array(await mirrorQrPng(url)), { headers: { ...headers, "Content-Type": "image/png" } });
}
