import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // Native and DB packages stay outside the server bundle (STACK-NOTES G25).
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "pino", "pg-boss"],
  poweredByHeader: false,
  // `next dev` must not write files into the repository (STACK-NOTES G22).
  agentRules: false,
  experimental: { agentUpgrade: false, authInterrupts: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") }];
  },
} as NextConfig;

export default nextConfig;
