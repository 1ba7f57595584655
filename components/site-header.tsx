import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth/sign-out";
import { HeaderMenu } from "@/components/accounts/header-menu";
import { LanguageSwitch } from "@/components/language-switch";
import { getConsultant } from "@/lib/server/auth/current-consultant";

export async function SiteHeader() {
  const [t, tn, ta, tb, consultant] = await Promise.all([
    getTranslations("common"),
    getTranslations("nav"),
    getTranslations("accounts"),
    getTranslations("benchmark"),
    getConsultant(),
  ]);
  const link = "rounded-md px-2.5 py-1.5 text-sm font-medium text-stone-700 hover:bg-stone-100";
  // In the menu panel (below md) each link is a full-width row, easy to tap; from md up a link in the header row.
  const item =
    "block w-full rounded-md px-2.5 py-2.5 text-left text-sm font-medium text-stone-700 hover:bg-stone-100 md:inline md:w-auto md:py-1.5";
  return (
    <header className="no-print relative border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-x-3 px-4 py-3">
        <Link
          href={consultant ? "/dashboard" : "/"}
          className="flex shrink-0 items-center gap-2 font-semibold text-brand-800"
        >
          <CompassMark />
          <span>{t("appName")}</span>
        </Link>
        <nav aria-label={tn("account")} className="flex items-center justify-end gap-1">
          {consultant ? (
            <HeaderMenu label={tn("menu")}>
              <Link href="/dashboard" className={item}>
                {tn("dashboard")}
              </Link>
              <Link href="/benchmark" className={item}>
                {tb("nav")}
              </Link>
              <Link href="/team" className={item}>
                {ta("nav.team")}
              </Link>
              {/* The name, visibly, leading to the account page; with several workspaces also the current one. */}
              <Link
                href="/account"
                className={`${item} truncate md:max-w-48`}
                aria-label={ta("nav.accountOf", { name: consultant.name })}
              >
                {consultant.name}
                {consultant.workspaces.length > 1 && (
                  <span className="font-normal text-stone-600"> · {consultant.workspaceName}</span>
                )}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={item}>
                  {tn("signOut")}
                </button>
              </form>
            </HeaderMenu>
          ) : (
            <Link href="/sign-in" className={link}>
              {tn("signIn")}
            </Link>
          )}
          <span aria-hidden="true" className="mx-1 hidden h-5 w-px bg-stone-200 md:block" />
          <LanguageSwitch />
        </nav>
      </div>
    </header>
  );
}

function CompassMark() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="1.8">
      <circle cx="12" cy="12" r="9.5" />
      <path d="M15.5 8.5 13 13l-4.5 2.5L11 11z" fill="currentColor" stroke="none" />
    </svg>
  );
}
