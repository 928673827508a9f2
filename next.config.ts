import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";
import { MAX_ATTACHMENT_BYTES, MULTIPART_OVERHEAD_BYTES } from "./lib/attachments/attachment-rules";

const nextConfig: NextConfig = {
  // Native and DB packages stay outside the server bundle (STACK-NOTES G25).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino", "pg-boss"],
  poweredByHeader: false,
  // `next dev` must not write files into the repository (STACK-NOTES G22).
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    authInterrupts: true,
    // proxy.ts buffers request bodies and silently truncates past this (default 10 MB): a 10 MB photo plus
    // multipart framing must fit. Larger uploads are refused by POST /api/v1/attachments with 413.
    proxyClientMaxBodySize: MAX_ATTACHMENT_BYTES + MULTIPART_OVERHEAD_BYTES,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
} as NextConfig;

export default nextConfig;
