import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/**
 * A calm page instead of the form: thanks after handing in, a closed mirror, or a personal link already used.
 * `children` adds what comes after (the kiosk's way to the next customer).
 */
export async function MirrorNotice({
  kind,
  organisationName,
  children,
}: {
  kind: "thanks" | "closed" | "used";
  organisationName: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("mirrorRespond");
  return (
    <Card as="section" padding="lg" shadow className="space-y-3" aria-labelledby="mirror-notice">
      <h1 id="mirror-notice" className="text-2xl font-bold">
        {t(`${kind}.heading`)}
      </h1>
      {children ?? <p className="text-stone-700">{t(`${kind}.body`, { organisation: organisationName })}</p>}
    </Card>
  );
}
