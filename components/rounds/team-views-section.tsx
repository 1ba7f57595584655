import Link from "next/link";

type TeamView = { team: string; number: number };

/**
 * Links to each team's own results page, on the organiser page (a list inside the links card) and on the
 * round results (a section of its own). Only teams shown on their own are passed in.
 */
export function TeamViewsSection({
  resultsToken,
  teamViews,
  title,
  variant,
}: {
  resultsToken: string;
  teamViews: readonly TeamView[];
  title: string;
  variant: "organiser" | "results";
}) {
  if (teamViews.length === 0) return null;
  const list = (
    <ul className={variant === "results" ? "flex flex-wrap gap-x-4 gap-y-1" : "space-y-1"}>
      {teamViews.map(({ team, number }) => (
        <li key={team}>
          <Link
            href={`/results/${resultsToken}/teams/${number}`}
            className="text-brand-800 underline underline-offset-2"
          >
            {team}
          </Link>
        </li>
      ))}
    </ul>
  );
  if (variant === "organiser")
    return (
      <div className="space-y-2">
        <h3 className="font-semibold">{title}</h3>
        {list}
      </div>
    );
  return (
    <section aria-labelledby="team-views" className="no-print space-y-2">
      <h2 id="team-views" className="text-lg font-semibold">
        {title}
      </h2>
      {list}
    </section>
  );
}
