import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpCheckMailSection } from "@/components/auth/sign-up-check-mail-section";
import { readSignUpEmail } from "@/lib/server/auth/sign-up-cookie";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("checkMail.title"), robots: { index: false, follow: false } };
}

/** The end of sign-up with mail on: the address, and the one next step (the link signs in this browser). */
export default async function SignUpCheckMailPage() {
  const signedUp = await readSignUpEmail();
  if (signedUp?.purpose !== "signed-up") redirect("/sign-up");
  return <SignUpCheckMailSection email={signedUp.email} />;
}
