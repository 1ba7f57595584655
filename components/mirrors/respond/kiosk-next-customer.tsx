"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/button-styles";

/** How long the kiosk's thanks stays before the form returns, empty, for the next customer. */
export const KIOSK_THANKS_SECONDS = 8;

/**
 * The kiosk's thanks: after a few seconds, or at once with the button, an empty form for the next customer. The
 * page is replaced, never pushed, so Back does not lead to the previous customer's answers.
 */
export function KioskNextCustomer({ formPath }: { formPath: string }) {
  const t = useTranslations("mirrorRespond.thanks");
  const router = useRouter();
  useEffect(() => {
    const timer = window.setTimeout(() => router.replace(formPath), KIOSK_THANKS_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [router, formPath]);
  return (
    <div className="space-y-4">
      <p className="text-stone-700">{t("kioskBody")}</p>
      <button type="button" className={PRIMARY_BUTTON} onClick={() => router.replace(formPath)}>
        {t("nextCustomer")}
      </button>
    </div>
  );
}
