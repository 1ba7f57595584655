import { getTranslations } from "next-intl/server";
import type { Breakdown } from "@/lib/aggregation";

/** Roles by their catalogue name (roles.*), an unknown role and every team as typed. */
export async function getGroupLabel(): Promise<(by: Breakdown, key: string) => string> {
  const t = await getTranslations("roles");
  return (by, key) => (by === "role" && t.has(key) ? t(key) : key);
}
