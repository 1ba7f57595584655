import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/server/i18n/request.ts");

// Keep in step with BODY_LIMIT_BYTES in lib/security/request-body.ts (proxy.ts refuses larger bodies
// with 413 before Next.js, which would answer 500, sees them).
const BODY_LIMIT = "200kb";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Several app servers behind one proxy must serve the same build: set BUILD_ID (e.g. the git commit) when
  // each server builds for itself, so pages and chunks from one server work with another. Unset: Next's own id.
  generateBuildId: async () => process.env.BUILD_ID ?? null,
  // better-sqlite3 is a native module and pg loads pg-native optionally; keep the drivers out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  experimental: {
    // The largest form (client notes, a full questionnaire page) is a few kB; 200 kB leaves room and
    // bounds what one request can make the server parse.
    serverActions: { bodySizeLimit: BODY_LIMIT },
    // proxy.ts reads action bodies to check them; buffer a little more than the limit so it can tell
    // "over the limit" from "at the limit".
    proxyClientMaxBodySize: "256kb",
  },
  // Static files skip proxy.ts; these headers reach every response (proxy.ts adds CSP and HSTS).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: Object.entries(securityHeaders({ https: false })).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
