import "server-only";
import type { Sector, SizeBand } from "@/lib/clients/options";
import { db } from "@/lib/server/db/db";
import { createClientWithHistory, type SeedScan } from "@/lib/server/seed/create-client-with-history";
import { createConsultant, type SeededConsultant } from "@/lib/server/seed/create-consultant";
import { seedDemoLoop } from "@/lib/server/seed/demo-loop";
import { DEMO_ROUND_CLIENT, seedDemoRounds } from "@/lib/server/seed/demo-rounds";

// Demo workspace for `npm run db:seed`: a consultant with eight clients whose scans span two years,
// so trend and comparison charts have something to show at first sign-in: each client's latest result shares
// its series (questionnaire, role and team) with an earlier one, and the other scans are extra series to pick.
// Dates are relative to the day of seeding, so the demo never looks stale.

export const DEMO_CONSULTANT = {
  email: "demo@klantkompas.nl",
  name: "Demi de Vries",
  // Shown in the README on purpose: a demo account, not a secret.
  password: "windroos-op-de-dijk",
} as const;

type Profile = Record<"leadership" | "culture" | "strategy" | "interfunctional" | "processes" | "hr", number>;

/** A profile moved by `delta` points in every domain, plus per-domain extras. */
function shift(base: Profile, delta: number, extra: Partial<Profile> = {}): Profile {
  const out = { ...base };
  for (const key of Object.keys(out) as Array<keyof Profile>) out[key] = base[key] + delta + (extra[key] ?? 0);
  return out;
}

type PlannedScan = Omit<SeedScan, "submittedAt"> & { monthsAgo?: number };
type DemoClient = { name: string; sector: Sector; sizeBand: SizeBand; notes?: string; scans: PlannedScan[] };

const LINDEWAARDE: Profile = { leadership: 36, culture: 31, strategy: 28, interfunctional: 22, processes: 26, hr: 30 };
const THUISBAKEN: Profile = { leadership: 45, culture: 48, strategy: 40, interfunctional: 35, processes: 24, hr: 42 };
const VAN_DER_HEIJDEN: Profile = {
  leadership: 64,
  culture: 68,
  strategy: 58,
  interfunctional: 56,
  processes: 61,
  hr: 21,
};
const NOORDKUST: Profile = { leadership: 70, culture: 66, strategy: 68, interfunctional: 60, processes: 64, hr: 62 };
const WATERLINIE: Profile = { leadership: 24, culture: 30, strategy: 22, interfunctional: 18, processes: 20, hr: 26 };
const VAN_LEEUWEN: Profile = { leadership: 50, culture: 46, strategy: 34, interfunctional: 44, processes: 38, hr: 36 };
const PIXELWERF: Profile = { leadership: 74, culture: 78, strategy: 66, interfunctional: 72, processes: 62, hr: 70 };
const HORIZON: Profile = { leadership: 48, culture: 40, strategy: 50, interfunctional: 46, processes: 58, hr: 44 };

export const DEMO_CLIENTS: readonly DemoClient[] = [
  {
    name: "Gemeente Lindewaarde",
    sector: "public",
    sizeBand: "1000+",
    notes: "Programma 'Dienstverlening dichtbij' loopt sinds begin vorig jaar; klantcontactcentrum als pilot.",
    scans: [
      { monthsAgo: 23, kind: "full", role: "board", targets: LINDEWAARDE },
      { monthsAgo: 17, kind: "quick", role: "manager", team: "Klantcontactcentrum", targets: shift(LINDEWAARDE, 8) },
      { monthsAgo: 11, kind: "full", role: "board", targets: shift(LINDEWAARDE, 14) },
      {
        monthsAgo: 5,
        kind: "quick",
        role: "employee",
        team: "Klantcontactcentrum",
        targets: shift(LINDEWAARDE, 22, { interfunctional: 6 }),
      },
      // Interfunctional dynamics rises most: the domain where most agreed actions were done (lib/server/seed/demo-loop.ts).
      { monthsAgo: 1, kind: "full", role: "board", targets: shift(LINDEWAARDE, 26, { interfunctional: 16 }) },
    ],
  },
  {
    name: "Woonstichting Thuisbaken",
    sector: "nonprofit",
    sizeBand: "250-999",
    notes: "Huurdersonderzoek 2025: veel klachten over reparatieverzoeken; procesverbetering gestart.",
    scans: [
      { monthsAgo: 21, kind: "full", role: "board", targets: THUISBAKEN },
      {
        monthsAgo: 14,
        kind: "quick",
        role: "manager",
        team: "Verhuur",
        targets: shift(THUISBAKEN, 4, { processes: 10 }),
      },
      {
        monthsAgo: 8,
        kind: "full",
        role: "manager",
        team: "Onderhoud",
        targets: shift(THUISBAKEN, 8, { processes: 24 }),
      },
      { monthsAgo: 2, kind: "full", role: "board", targets: shift(THUISBAKEN, 12, { processes: 34 }) },
    ],
  },
  {
    name: "Bakkerij Van der Heijden",
    sector: "retail",
    sizeBand: "50-249",
    notes: "Twaalf winkels in de regio; personeelsverloop in de winkels is het terugkerende thema.",
    scans: [
      { monthsAgo: 20, kind: "full", role: "board", targets: VAN_DER_HEIJDEN },
      { monthsAgo: 12, kind: "full", role: "manager", team: "Winkels", targets: shift(VAN_DER_HEIJDEN, 1) },
      { monthsAgo: 3, kind: "full", role: "board", targets: shift(VAN_DER_HEIJDEN, -1, { hr: 2 }) },
    ],
  },
  {
    name: "Noordkust Verzekeringen",
    sector: "financial",
    sizeBand: "1000+",
    notes: "Fusie met een branchegenoot afgerond; nieuwe directie sinds vorig voorjaar.",
    scans: [
      { monthsAgo: 22, kind: "full", role: "board", targets: NOORDKUST },
      { monthsAgo: 15, kind: "full", role: "manager", team: "Schade", targets: shift(NOORDKUST, -9) },
      {
        monthsAgo: 9,
        kind: "quick",
        role: "employee",
        team: "Klantenservice",
        targets: shift(NOORDKUST, -20, { culture: -6 }),
      },
      { monthsAgo: 4, kind: "full", role: "board", targets: shift(NOORDKUST, -36, { culture: -8, hr: -6 }) },
    ],
  },
  {
    name: "Ziekenhuis De Waterlinie",
    sector: "healthcare",
    sizeBand: "1000+",
    scans: [
      { monthsAgo: 24, kind: "full", role: "board", targets: WATERLINIE },
      { monthsAgo: 19, kind: "quick", role: "manager", team: "Poli Orthopedie", targets: shift(WATERLINIE, 6) },
      { monthsAgo: 14, kind: "full", role: "manager", team: "Spoedeisende hulp", targets: shift(WATERLINIE, 12) },
      { monthsAgo: 10, kind: "full", role: "employee", team: "Poli Orthopedie", targets: shift(WATERLINIE, 18) },
      { monthsAgo: 6, kind: "quick", role: "board", targets: shift(WATERLINIE, 24, { processes: 6 }) },
      { monthsAgo: 2, kind: "full", role: "board", targets: shift(WATERLINIE, 32, { processes: 8 }) },
    ],
  },
  {
    name: "Van Leeuwen Installatietechniek",
    sector: "construction",
    sizeBand: "50-249",
    scans: [
      { monthsAgo: 13, kind: "full", role: "manager", team: "Service en onderhoud", targets: VAN_LEEUWEN },
      { monthsAgo: 4, kind: "full", role: "manager", team: "Service en onderhoud", targets: shift(VAN_LEEUWEN, 7) },
      // An invitation the respondent has started but not yet submitted.
      { kind: "full", role: "employee", team: "Monteurs", targets: shift(VAN_LEEUWEN, 10) },
    ],
  },
  {
    name: "Pixelwerf Software",
    sector: "ict",
    sizeBand: "10-49",
    scans: [
      { monthsAgo: 18, kind: "full", role: "board", locale: "en", targets: PIXELWERF },
      {
        monthsAgo: 9,
        kind: "quick",
        role: "manager",
        team: "Customer Success",
        locale: "en",
        targets: shift(PIXELWERF, 4),
      },
      { monthsAgo: 1, kind: "full", role: "board", locale: "en", targets: shift(PIXELWERF, 8, { processes: 6 }) },
    ],
  },
  {
    name: "Scholengroep De Horizon",
    sector: "education",
    sizeBand: "250-999",
    notes: "Zes scholen voor voortgezet onderwijs; 'klant' betekent hier leerling én ouder.",
    scans: [
      { monthsAgo: 16, kind: "full", role: "board", targets: HORIZON },
      {
        monthsAgo: 10,
        kind: "quick",
        role: "employee",
        team: "Docenten",
        targets: shift(HORIZON, 0, { culture: 12, processes: -10 }),
      },
      { monthsAgo: 3, kind: "full", role: "board", targets: shift(HORIZON, -2, { culture: 20, processes: -18 }) },
    ],
  },
];

/** A weekday morning `monthsAgo` months before `now`, spread a little per client and scan. */
export function demoDate(now: Date, monthsAgo: number, spread: number): Date {
  const date = new Date(now);
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - monthsAgo);
  date.setUTCDate(3 + ((spread * 7) % 23));
  date.setUTCHours(8 + (spread % 6), (spread * 17) % 60, 0, 0);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) date.setUTCDate(date.getUTCDate() + (weekday === 6 ? 2 : 1));
  return date;
}

export type DemoSeedReport = { consultant: SeededConsultant; created: string[]; existing: string[] };

/** Creates what is missing of the demo workspace; a client that already exists is left as it is. */
export async function seedDemoWorkspace({ now = new Date() }: { now?: Date } = {}): Promise<DemoSeedReport> {
  const consultant = await createConsultant(DEMO_CONSULTANT);
  const present = await db.client.findMany({
    where: { workspaceId: consultant.workspaceId, name: { in: DEMO_CLIENTS.map((c) => c.name) } },
    select: { name: true },
  });
  const existing = new Set(present.map((c) => c.name));
  const created: string[] = [];
  for (const [index, client] of DEMO_CLIENTS.entries()) {
    if (existing.has(client.name)) continue;
    const seeded = await createClientWithHistory({
      workspaceId: consultant.workspaceId,
      name: client.name,
      sector: client.sector,
      sizeBand: client.sizeBand,
      notes: client.notes,
      seed: index + 1,
      scans: client.scans.map(({ monthsAgo, ...scan }, scanIndex) => ({
        ...scan,
        submittedAt: monthsAgo === undefined ? undefined : demoDate(now, monthsAgo, index * 5 + scanIndex),
      })),
    });
    if (client.name === DEMO_ROUND_CLIENT) await seedDemoRounds({ clientId: seeded.clientId, now });
    created.push(client.name);
  }
  // Targets and agreed actions (issue 9); also added to a demo workspace seeded before they existed.
  await seedDemoLoop({ workspaceId: consultant.workspaceId, userId: consultant.userId, name: consultant.name });
  return { consultant, created, existing: DEMO_CLIENTS.map((c) => c.name).filter((name) => existing.has(name)) };
}
