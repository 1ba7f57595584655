import { randomUUID } from "node:crypto";
import { nameKey } from "@/lib/clients/name-key";
import type { Sector, SizeBand } from "@/lib/clients/options";
import { seededRandom } from "@/lib/seed/answers-for-profile";
import { refreshAllBenchmarks } from "@/lib/server/benchmark/refresh-benchmarks";
import { db } from "@/lib/server/db/db";
import { type BulkRow, bulkInsert } from "@/lib/server/seed/bulk-insert";
import { peerScanRows } from "@/lib/server/seed/demo-peers";
import {
  answersWithDomainScores,
  createTestClient,
  questionnaireOfKind,
  submitTestClientScan,
} from "@/tests/factories/workspace";

// Benchmark peers for the integration tests: organisations in workspaces of their own, through the real submit
// flow or (for volume) inserted in bulk as the demo seed does.

const unique = () => randomUUID().replaceAll("-", "").slice(0, 12);

/** A workspace without members (other consultancies nobody here signs in to). */
export async function createPeerWorkspace({ optIn }: { optIn: boolean }): Promise<string> {
  const workspace = await db.workspace.create({
    data: { name: `Peers ${unique()}`, benchmarkOptIn: optIn },
    select: { id: true },
  });
  return workspace.id;
}

/** A client with one submitted quick self-scan whose every domain scores `score` (0, 25, 50, 75 or 100). */
export async function createPeer({
  workspaceId,
  score,
  sector = "healthcare",
  sizeBand = "50-249",
  kind = "quick",
}: {
  workspaceId: string;
  score: number;
  sector?: Sector;
  sizeBand?: SizeBand;
  kind?: "quick" | "full";
}) {
  const clientId = await createTestClient(workspaceId, { sector, sizeBand });
  const scan = await submitTestClientScan(workspaceId, clientId, (q) => answersWithDomainScores(q, {}, score), {
    kind,
  });
  return { clientId, scanId: scan.id, resultsToken: scan.shareToken };
}

/** `count` organisations with one submitted quick self-scan each, inserted in bulk. */
export async function insertPeers({
  workspaceId,
  count,
  sector = "retail",
  sizeBand = "10-49",
  seed = 1,
}: {
  workspaceId: string;
  count: number;
  sector?: Sector;
  sizeBand?: SizeBand;
  seed?: number;
}): Promise<void> {
  const quick = questionnaireOfKind("quick");
  const random = seededRandom(seed);
  const now = new Date();
  const clients: BulkRow[] = [];
  const scans: BulkRow[] = [];
  const responses: BulkRow[] = [];
  const domainScores: BulkRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const clientId = `bp${unique()}`;
    const name = `Bulkpeer ${clientId}`;
    clients.push({
      id: clientId,
      workspaceId,
      name,
      nameKey: nameKey(name),
      sector,
      sizeBand,
      notes: "",
      createdAt: now,
      updatedAt: now,
    });
    const rows = peerScanRows(
      {
        kind: "self",
        questionnaire: quick,
        submittedAt: new Date(now.getTime() - (1 + (i % 300)) * 86_400_000),
        scores: quick.domains.map(() => Math.round(random() * 10_000) / 100),
      },
      { scanId: `${clientId}s`, clientId, organisationName: name },
      random,
    );
    scans.push(rows.scan);
    responses.push(...rows.responses);
    domainScores.push(...rows.domainScores);
  }
  await bulkInsert("Client", clients);
  await bulkInsert("Scan", scans);
  await bulkInsert("Response", responses);
  await bulkInsert("ScanDomainScore", domainScores);
}

/** Every workspace out of the benchmark, norms emptied: each test starts from an installation without peers. */
export async function resetBenchmarks(): Promise<void> {
  await db.workspace.updateMany({ data: { benchmarkOptIn: false } });
  await refreshAllBenchmarks();
}
