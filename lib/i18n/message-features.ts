/**
 * UI texts are split per feature (`messages/<feature>/<locale>.json`) on top of the core catalogue
 * (`messages/<locale>.json`); each file owns its own top-level namespaces.
 */
export const MESSAGE_FEATURES = [
  "auth",
  "clients",
  "history",
  "exports",
  "measurement",
  "rounds",
  "round-admin",
  "mail",
  "accounts",
  "benchmark",
  "targets",
  "anonymity",
  "results-summary",
  "mirror-respond",
  "mirror-organise",
  "mirror-results",
] as const;
