import { getLatestMirrorQuestionnaire } from "@/lib/questionnaire/mirror-registry";
import type { MirrorQuestionnaire } from "@/lib/questionnaire/mirror-schema";
import { getLatestByKind } from "@/lib/questionnaire/registry";
import { hashToken } from "@/lib/security/hash-token";
import { createToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db/db";
import { openTestRound } from "@/tests/factories/round";

// A customer mirror for tests: a Mirror row paired with a scan (a fresh team round unless one is given), its
// capability tokens in plaintext as they are stored, and personal invites whose tokens are returned in plaintext
// while only their hashes are stored (as mirror-organise stores them).

const text = (nl: string, en: string) => ({ nl, en });

/**
 * A small mirror questionnaire for unit and integration tests that must not depend on the shipped file: two
 * domains of the full scan, two statements each, every appreciation question.
 */
export function buildTestMirrorQuestionnaire(): MirrorQuestionnaire {
  const full = getLatestByKind("full");
  if (!full) throw new Error("no full questionnaire");
  const [first, second] = full.domains;
  if (!first || !second) throw new Error("the full questionnaire has fewer than two domains");
  const itemOf = (domainId: string, index: number) =>
    full.items.filter((item) => item.domain === domainId)[index]?.id ?? "";
  const statement = (id: string, domain: string, mirrors: string, nl: string, en: string) => ({
    id,
    domain,
    statement: text(nl, en),
    mirrors: [mirrors],
    sources: ["versterkingsdomeinen"],
  });
  return {
    id: "test-mirror",
    version: 1,
    kind: "mirror",
    title: text("Klantspiegel", "Customer mirror"),
    introduction: text("Vertel hoe je de organisatie ervaart.", "Tell us how you experience the organisation."),
    estimatedMinutes: 4,
    pairsWith: { id: full.id, version: full.version },
    scale: {
      points: [
        { value: 1, label: text("Nooit", "Never") },
        { value: 2, label: text("Zelden", "Rarely") },
        { value: 3, label: text("Soms", "Sometimes") },
        { value: 4, label: text("Vaak", "Often") },
        { value: 5, label: text("Altijd", "Always") },
      ],
      dontKnow: { label: text("Weet ik niet", "Don’t know") },
      notApplicable: { label: text("Niet van toepassing", "Not applicable") },
    },
    audiences: {
      external: { instruction: text("Denk aan je laatste contacten.", "Think of your recent contacts.") },
      internal: { instruction: text("Denk aan je laatste verzoeken.", "Think of your recent requests.") },
    },
    minAnsweredShare: 0.5,
    domains: [
      { id: first.id, outsideVisibility: "clear" },
      { id: second.id, outsideVisibility: "clear" },
    ],
    items: [
      statement("m-a1", first.id, itemOf(first.id, 0), "Ze luisteren naar me.", "They listen to me."),
      statement("m-a2", first.id, itemOf(first.id, 1), "Ze houden zich aan afspraken.", "They keep their promises."),
      statement("m-b1", second.id, itemOf(second.id, 0), "Ze lossen problemen op.", "They solve problems."),
      statement("m-b2", second.id, itemOf(second.id, 1), "Ze melden vertraging.", "They report delays."),
    ],
    appreciation: {
      nps: {
        question: text("Zou je {organisation} aanraden?", "Would you recommend {organisation}?"),
        sources: ["klantgericht-management"],
      },
      mark: { question: text("Welk cijfer geef je?", "Which mark do you give?"), sources: ["klantgericht-management"] },
      open: {
        question: text("Wat moet {organisation} beter doen?", "What should {organisation} do better?"),
        maxLength: 500,
      },
    },
  };
}

/** The questionnaire a test mirror is opened with: the shipped one when there is one, else the test one. */
export function testMirrorQuestionnaire(): MirrorQuestionnaire {
  try {
    return getLatestMirrorQuestionnaire();
  } catch {
    return buildTestMirrorQuestionnaire();
  }
}

export type TestMirrorOptions = {
  pairedScanId?: string;
  clientId?: string | null;
  questionnaire?: Pick<MirrorQuestionnaire, "id" | "version">;
  organisationName?: string;
  team?: string | null;
  audience?: "external" | "internal";
  /** One per line. */
  segments?: string;
  askNps?: boolean;
  askMark?: boolean;
  askOpen?: boolean;
  status?: "open" | "closed";
  closesAt?: Date | null;
  minGroupSize?: number;
  /** Personal invites to create: each gets a fresh token, stored only as its hash. */
  invites?: { address?: string | null; segment?: string | null }[];
};

/** Creates a mirror (and its invites); returns the row, its tokens and the invites' plaintext tokens. */
export async function createTestMirror(options: TestMirrorOptions = {}) {
  const pairedScanId = options.pairedScanId ?? (await openTestRound()).id;
  const questionnaire = options.questionnaire ?? testMirrorQuestionnaire();
  const mirror = await db.mirror.create({
    data: {
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      organisationName: options.organisationName ?? "Spiegel BV",
      clientId: options.clientId ?? null,
      pairedScanId,
      team: options.team ?? null,
      audience: options.audience ?? "external",
      segments: options.segments ?? "",
      askNps: options.askNps ?? true,
      askMark: options.askMark ?? true,
      askOpen: options.askOpen ?? true,
      status: options.status ?? "open",
      closesAt: options.closesAt ?? null,
      closedAt: options.status === "closed" ? new Date() : null,
      minGroupSize: options.minGroupSize ?? 5,
      organiserToken: createToken(),
      publicToken: createToken(),
      kioskToken: createToken(),
      resultsToken: createToken(),
    },
  });
  const inviteTokens: string[] = [];
  for (const invite of options.invites ?? []) {
    const token = createToken();
    await db.mirrorInvite.create({
      data: {
        mirrorId: mirror.id,
        address: invite.address ?? null,
        segment: invite.segment ?? null,
        tokenHash: hashToken(token),
      },
    });
    inviteTokens.push(token);
  }
  return {
    mirror,
    publicToken: mirror.publicToken,
    kioskToken: mirror.kioskToken,
    organiserToken: mirror.organiserToken,
    resultsToken: mirror.resultsToken,
    inviteTokens,
  };
}
