import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/** One source file and the module specifiers it imports (static, dynamic, `export … from`). */
export type SourceImports = { file: string; imports: string[] };

/** Every specifier a file names: the TypeScript pre-processor also sees `import()` and `export … from`. */
export function readImports(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const SKIP = new Set(["node_modules", ".next", "generated", ".git"]);

/** Repository-relative paths (forward slashes) of the .ts/.tsx files under `dir`. */
export function listSources(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(abs, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
        out.push(relative(root, path).split("\\").join("/"));
    }
  };
  walk(join(root, dir));
  return out.sort();
}

export function loadSources(root: string, dirs: string[]): SourceImports[] {
  return dirs.flatMap((dir) =>
    listSources(root, dir).map((file) => ({ file, imports: readImports(readFileSync(join(root, file), "utf8")) })),
  );
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/**
 * `lib/<x>` or `lib/server/<x>` for a file or an `@/` specifier; a single file such as lib/env.ts
 * counts as a domain of its own. Undefined outside lib and for the generated Prisma client.
 */
export function domainOf(pathOrSpecifier: string): string | undefined {
  const parts = pathOrSpecifier
    .replace(/^@\//, "")
    .replace(/\.tsx?$/, "")
    .split("/");
  if (parts[0] !== "lib" || parts[1] === undefined || parts[1] === "generated") return undefined;
  if (parts[1] !== "server") return `lib/${parts[1]}`;
  return parts[2] === undefined ? undefined : `lib/server/${parts[2]}`;
}

const FORBIDDEN_IN_PURE = [
  /^@\/lib\/server(\/|$)/,
  /^next(\/|$)/,
  /^server-only$/,
  /^@\/lib\/generated(\/|$)/,
  /^@prisma\//,
  /^better-auth/,
  /^nodemailer$/,
  /^pg$/,
];

const isPure = (file: string) =>
  file.startsWith("lib/") && !file.startsWith("lib/server/") && !file.startsWith("lib/generated/");

/** (a) Pure folders stay free of server, framework and database code. */
export function pureImportViolations(sources: SourceImports[]): string[] {
  return sources
    .filter((s) => isPure(s.file))
    .flatMap((s) =>
      s.imports.filter((i) => FORBIDDEN_IN_PURE.some((re) => re.test(i))).map((i) => `${s.file} imports ${i}`),
    );
}

// What only a server may run: the database client, the generated Prisma client, request headers and cookies.
const SERVER_ONLY_REACH = [/^@\/lib\/server\/db\/db$/, /^@\/lib\/generated\//, /^@prisma\//, /^next\/headers$/];

// Server files that may not import "server-only", each with the reason.
const SERVER_ONLY_EXEMPT: Record<string, string> = {
  // Loaded by prisma.config.ts in the Prisma CLI, a plain Node process where "server-only" throws.
  "lib/server/db/db-adapter.ts": "prisma.config.ts",
  // next-intl's request config, loaded by its plugin (next.config.ts); next/headers already refuses the client.
  "lib/server/i18n/request.ts": "next.config.ts",
};

/**
 * (b) Every lib/server file that reaches the database client (or Prisma, or the request's headers) says so with
 * `import "server-only"`, so a client component that imports it fails the build instead of shipping it.
 * Scripts are command-line entry points run with the react-server condition and are left out.
 */
export function serverOnlyViolations(sources: SourceImports[]): string[] {
  return sources
    .filter(
      (s) =>
        s.file.startsWith("lib/server/") &&
        !isTest(s.file) &&
        !(s.file in SERVER_ONLY_EXEMPT) &&
        !s.imports.includes("server-only"),
    )
    .flatMap((s) =>
      s.imports
        .filter((i) => SERVER_ONLY_REACH.some((re) => re.test(i)))
        .map((i) => `${s.file} imports ${i} without import "server-only"`),
    );
}

/** (d) Pages, actions and components go through lib/server, never straight to Prisma. */
export function uiDatabaseViolations(sources: SourceImports[]): string[] {
  return sources
    .filter((s) => s.file.startsWith("app/") || s.file.startsWith("components/"))
    .flatMap((s) =>
      s.imports
        .filter((i) => /^@\/lib\/server\/db\//.test(i) || /^@\/lib\/generated(\/|$)/.test(i) || /^@prisma\//.test(i))
        .map((i) => `${s.file} imports ${i}`),
    );
}

/** (c) Folder-level cycles, each reported with the files that make its edges. */
export function domainCycles(sources: SourceImports[]): string[] {
  // edges[from][to] = files in `from` that import something in `to`
  const edges = new Map<string, Map<string, Set<string>>>();
  for (const s of sources) {
    if (isTest(s.file)) continue;
    const from = domainOf(s.file);
    if (!from) continue;
    for (const spec of s.imports) {
      const to = domainOf(spec);
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, Set<string>>();
      edges.set(from, targets);
      const files = targets.get(to) ?? new Set<string>();
      targets.set(to, files);
      files.add(`${s.file} -> ${spec}`);
    }
  }
  // Tarjan's strongly connected components: any component with more than one folder holds a cycle.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((m) => [...m.keys()])])].sort();
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, indices.get(w) ?? 0));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const n of nodes) if (!indices.has(n)) visit(n);
  return components.map((component) => {
    const inside = new Set(component);
    const lines = component.flatMap((from) =>
      [...(edges.get(from) ?? new Map<string, Set<string>>()).entries()]
        .filter(([to]) => inside.has(to))
        .flatMap(([to, files]) => [`  ${from} -> ${to}:`, ...[...files].map((f) => `    ${f}`)]),
    );
    return [`cycle between ${component.join(", ")}`, ...lines].join("\n");
  });
}
