/**
 * next-auth (Auth.js v5): credentials sign-in, JWT session cookie. The JWT only
 * carries the user id and the server-side session id; idle timeout, absolute
 * lifetime, fresh MFA and revocation are checked against UserSession on every
 * request (server/auth/get-actor.ts).
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyCredentials, type SignInFailure } from "./verify-credentials";
import { ABSOLUTE_LIFETIME_MS } from "./session-policy";
import { requestContextFrom } from "../http/request-context-from";
import { logger } from "../logger";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";
import { RATE_LIMITS } from "@/lib/auth/rate-limits";

class SignInRefused extends CredentialsSignin {
  constructor(reason: SignInFailure | "rate_limited") {
    super(reason);
    this.code = reason;
  }
}

const ZCredentials = z.object({
  email: z.string().email().max(254),
  password: z.string().min(1).max(200),
  totp: z.string().max(20).optional(),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
  pages: { signIn: "/login" },
  // Refused sign-ins are expected and already audited; keep them out of the error log.
  logger: {
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin" || error.name === "CredentialsSignin") return;
      logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
    debug() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, totp: {} },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse({ ...raw, totp: raw?.totp || undefined });
        if (!parsed.success) throw new SignInRefused("invalid_credentials");
        const ctx = requestContextFrom(request);
        try {
          await consumeRateLimit(RATE_LIMITS.signIn, ctx.ipAddress ?? "unknown");
        } catch {
          throw new SignInRefused("rate_limited");
        }
        const result = await verifyCredentials(parsed.data, ctx);
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.userId, sid: result.sessionId } as { id: string };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, uid: token.uid, sid: token.sid } as typeof session;
    },
  },
});
