import { getTranslations } from "next-intl/server";
import { CopyLink } from "@/components/ui/copy-link";
import { absoluteUrl } from "@/lib/links/absolute-url";
import { getRequestOrigin } from "@/lib/server/http/request-origin";

/** The private link that brings the respondent back to this scan, shown on every scan page. */
export async function ResumeLink({ token, open = false }: { token: string; open?: boolean }) {
  const [t, origin] = await Promise.all([getTranslations("scan"), getRequestOrigin()]);
  const content = (
    <CopyLink url={absoluteUrl({ origin, path: `/scan/${token}` })} label={t("resumeLabel")} hint={t("resumeHint")} />
  );
  if (open) return <div className="rounded-xl border border-amber-200 bg-amber-50 p-4">{content}</div>;
  return (
    <details className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-800">{t("resumeSummary")}</summary>
      <div className="mt-3">{content}</div>
    </details>
  );
}
