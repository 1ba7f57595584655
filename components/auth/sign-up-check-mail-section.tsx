import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

const LINK = "font-medium text-brand-800 underline underline-offset-2";

/**
 * After sign-up: one clear next step. The text reads the same whether the address was new or taken (a taken one
 * gets no mail; its owner is told to sign in instead), so this page says nothing about who has an account.
 */
export async function SignUpCheckMailSection({ email }: { email: string }) {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">{t("checkMail.title")}</h1>
      <Card padding="lg" shadow className="space-y-4">
        <p role="status" className="text-stone-800">
          {t.rich("checkMail.lead", { email, strong: (chunks) => <strong className="break-all">{chunks}</strong> })}
        </p>
        <ol className="list-decimal space-y-2 pl-5 text-stone-800">
          <li>{t("checkMail.step1")}</li>
          <li>{t("checkMail.step2")}</li>
        </ol>
        <p className="text-sm text-stone-700">{t("checkMail.noMail")}</p>
      </Card>
      <p className="text-sm text-stone-700">
        {t("checkMail.signInNow")}{" "}
        <Link href="/sign-in" className={LINK}>
          {t("toSignIn")}
        </Link>
      </p>
    </div>
  );
}
