import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { type AuthNotice, AuthPage } from "@/components/auth/auth-page";
import { invitationToken } from "@/lib/schemas/accounts";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const notice: AuthNotice | undefined =
    params["signed-up"] === "1"
      ? "signed-up"
      : params.reset === "1"
        ? "reset"
        : params["signed-out"] === "everywhere"
          ? "signed-out-everywhere"
          : undefined;
  return <AuthPage mode="sign-in" notice={notice} invitation={invitationToken(params.invitation)} />;
}
