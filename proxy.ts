/**
 * Edge of the app: only redirects signed-out visitors of app pages to sign-in.
 * Authorisation is NOT decided here; every page, action and route checks the
 * policy itself (lib/auth/policy.ts).
 */
import { NextResponse, type NextRequest } from "next/server";

const PUBLIC = [/^\/$/, /^\/login/, /^\/register/, /^\/api\//, /^\/_next\//, /^\/favicon/, /^\/robots\.txt$/];

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (PUBLIC.some((r) => r.test(pathname))) return NextResponse.next();
  const hasSession = req.cookies.getAll().some((c) => c.name.includes("authjs.session-token"));
  if (!hasSession) {
    const url = req.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
