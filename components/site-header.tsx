import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/actions/auth/sign-out";
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
  return (
    <header className="no-print border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link href={consultant ? "/dashboard" : "/"} className="flex items-center gap-2 font-semibold text-brand-800">
          <CompassMark />
          <span>{t("appName")}</span>
        </Link>
        <nav aria-label={tn("account")} className="flex flex-wrap items-center justify-end gap-1">
          {consultant ? (
            <>
              <Link href="/dashboard" className={link}>
                {tn("dashboard")}
              </Link>
              <Link href="/benchmark" className={link}>
                {tb("nav")}
              </Link>
              <Link href="/team" className={link}>
                {ta("nav.team")}
              </Link>
              {/* The name, visibly, leading to the account page; with several workspaces also the current one. */}
              <Link
                href="/account"
                className={`${link} max-w-48 truncate`}
                aria-label={ta("nav.accountOf", { name: consultant.name })}
              >
                {consultant.name}
                {consultant.workspaces.length > 1 && (
                  <span className="font-normal text-stone-600"> · {consultant.workspaceName}</span>
                )}
              </Link>
              <form action={signOutAction}>
                <button type="submit" className={link}>
                  {tn("signOut")}
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in" className={link}>
              {tn("signIn")}
            </Link>
          )}
          <span aria-hidden="true" className="mx-1 h-5 w-px bg-stone-200" />
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
