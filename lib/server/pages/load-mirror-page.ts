import "server-only";
import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { tokenSchema } from "@/lib/schemas/scan";
import {
  getMirrorForm,
  getMirrorOrganisation,
  type MirrorFormResult,
  type MirrorLinkKind,
} from "@/lib/server/mirrors/get-mirror-form";

/** A customer's link (public, personal, kiosk): its form or notice; a malformed or unknown link is a 404. */
export async function loadMirrorPage(kind: MirrorLinkKind, token: string): Promise<MirrorFormResult> {
  if (!tokenSchema.safeParse(token).success) notFound();
  const result = await getMirrorForm({ kind, token }, await getLocale());
  if (!result) notFound();
  return result;
}

/** The organisation a thank-you page names; a malformed or unknown link is a 404. */
export async function loadMirrorThanksPage(kind: MirrorLinkKind, token: string): Promise<string> {
  if (!tokenSchema.safeParse(token).success) notFound();
  const organisation = await getMirrorOrganisation({ kind, token });
  if (organisation === null) notFound();
  return organisation;
}
