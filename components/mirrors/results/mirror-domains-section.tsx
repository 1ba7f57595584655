import { getTranslations } from "next-intl/server";
import { formatGap } from "@/components/mirrors/results/mirror-format";
import { MirrorLabelBadge } from "@/components/mirrors/results/mirror-label-badge";
import { MirrorRadar } from "@/components/mirrors/results/mirror-radar";
import { Card, cardClass } from "@/components/ui/card";
import { displayLabels } from "@/lib/display/labels";
import { formatScore } from "@/lib/display/score";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import type { MirrorResults } from "@/lib/server/mirrors/load-mirror-results";

/**
 * Per domain: inside, outside, the gap and its label, with the respondents on each side and the caveat that
 * these are two instruments; a domain customers see only partly says so. Then both outlines on one radar.
 */
export async function MirrorDomainsSection({ results, locale }: { results: MirrorResults; locale: Locale }) {
  const [t, tr] = await Promise.all([getTranslations("mirrorResults.domains"), getTranslations("mirrorResults.radar")]);
  const { aggregate, questionnaire } = results;
  if (!aggregate?.shown) return null;
  const { domainName } = displayLabels(results.paired, locale);
  const noteOf = (domainId: string) => questionnaire.domains.find((d) => d.id === domainId)?.note;
  return (
    <section aria-labelledby="mirror-domains" className="space-y-4">
      <h2 id="mirror-domains" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-stone-700">{t("lead")}</p>
      <p className="text-sm text-stone-700">{t("legend")}</p>
      <ul className="grid gap-3 sm:grid-cols-2">
        {aggregate.domains.map((d) => {
          const note = noteOf(d.domainId);
          return (
            <Card
              as="li"
              key={d.domainId}
              padding="sm"
              className="print-avoid-break space-y-2"
              data-testid={`mirror-domain-${d.domainId}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="font-semibold">{domainName(d.domainId)}</h3>
                {d.label && <MirrorLabelBadge label={d.label} />}
              </div>
              <dl className="grid grid-cols-3 gap-2 text-center">
                <div>
                  <dt className="text-sm text-stone-600">{t("inside")}</dt>
                  <dd className="text-2xl font-semibold tabular-nums" data-testid="inside-score">
                    {formatScore(d.inside, t("none"))}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-600">{t("outside")}</dt>
                  <dd className="text-2xl font-semibold tabular-nums" data-testid="outside-score">
                    {d.shown ? formatScore(d.score, t("none")) : t("none")}
                  </dd>
                </div>
                <div>
                  <dt className="text-sm text-stone-600">{t("gap")}</dt>
                  <dd className="text-2xl font-semibold tabular-nums" data-testid="gap">
                    {d.gap === null ? t("none") : formatGap(d.gap)}
                  </dd>
                </div>
              </dl>
              <p className="text-sm text-stone-600">
                {t("respondents")}:{" "}
                {t("respondentsValue", {
                  inside: d.insideRespondents ?? t("none"),
                  outside: d.shown ? d.respondents : t("tooFew"),
                })}
              </p>
              {d.limitedVisibility && (
                <p className="text-sm text-stone-700" data-testid="limited-visibility">
                  {t("limited")}
                  {note ? ` ${localized(note, locale)}` : ""}
                </p>
              )}
            </Card>
          );
        })}
      </ul>
      <figure className={cardClass({ className: "print-avoid-break space-y-2" })}>
        <figcaption>
          <span className="block font-semibold">{tr("title")}</span>
          <span className="block text-sm text-stone-600">{tr("valueHint")}</span>
        </figcaption>
        <MirrorRadar
          data={aggregate.domains.map((d) => ({
            domain: domainName(d.domainId),
            inside: d.inside,
            outside: d.shown ? d.score : null,
          }))}
          insideLabel={tr("inside")}
          outsideLabel={tr("outside")}
          insufficientLabel={tr("insufficient")}
        />
      </figure>
    </section>
  );
}
