// SQLite's LIKE folds case for ASCII only, Prisma cannot escape its wildcards there, and a binary sort puts
// "de Vries" after "Zorggroep". Clients therefore keep a search and sort key: lower case, accents removed,
// and % and _ swapped for private-use characters so a search can never contain a LIKE wildcard.
export function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/%/g, "\uE000")
    .replace(/_/g, "\uE001");
}
