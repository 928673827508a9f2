import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";
import { MAX_ATTACHMENT_BYTES, MULTIPART_OVERHEAD_BYTES } from "./lib/attachments/attachment-rules";

const nextConfig: NextConfig = {
  // Native and DB packages stay outside the server bundle (STACK-NOTES G25).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino", "pg-boss"],
  poweredByHeader: false,
  // `next dev` prints every server action call with its arguments: intake answers are PHI (STYLE §10).
  logging: { serverFunctions: false },
  // `next dev` must not write files into the repository (STACK-NOTES G22).
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    authInterrupts: true,
    // proxy.ts buffers request bodies and silently cuts them past this (default 10 MB). It must sit above the
    // upload cap (10 MB file + multipart framing) so a cut body is still over the cap: POST /api/v1/attachments
    // then answers 413 instead of failing to parse a truncated upload.
    proxyClientMaxBodySize: MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES + 1024 * 1024,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
} as NextConfig;

export default nextConfig;
