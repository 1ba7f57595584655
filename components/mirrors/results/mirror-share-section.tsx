import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { CopyLink } from "@/components/ui/copy-link";

const LINK_BUTTON = "rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-100";

/** The organiser's tools: the read-only results link (no open answers) and the CSV/JSON downloads. */
export async function MirrorShareSection({ organiserToken, sharedUrl }: { organiserToken: string; sharedUrl: string }) {
  const [ts, te] = await Promise.all([getTranslations("mirrorResults.share"), getTranslations("mirrorResults.export")]);
  const href = (format: "csv" | "json") => `/api/mirrors/${organiserToken}/export?format=${format}`;
  return (
    <Card as="section" aria-labelledby="mirror-share" className="no-print space-y-4">
      <h2 id="mirror-share" className="text-lg font-semibold">
        {ts("title")}
      </h2>
      <CopyLink url={sharedUrl} label={ts("text")} />
      <h3 className="font-semibold">{te("title")}</h3>
      <p className="text-sm text-stone-700">{te("note")}</p>
      <div className="flex flex-wrap gap-2">
        <a href={href("csv")} download className={LINK_BUTTON} data-testid="mirror-export-csv">
          {te("csv")}
        </a>
        <a href={href("json")} download className={LINK_BUTTON} data-testid="mirror-export-json">
          {te("json")}
        </a>
      </div>
    </Card>
  );
}
