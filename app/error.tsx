"use client";

import { useTranslations } from "next-intl";

// Shown instead of a stack trace; details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("text")}</p>
      <button type="button" onClick={reset} className="rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </div>
  );
}
