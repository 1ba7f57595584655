import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requireConsultant } from "@/lib/auth/current-consultant";

// Client data is private to a workspace: never in a search index.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Signed-out visitors go to the sign-in page; every page and action below still checks for itself. */
export default async function ConsultantLayout({ children }: { children: ReactNode }) {
  await requireConsultant();
  return <div className="space-y-8">{children}</div>;
}
