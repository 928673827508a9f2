/**
 * HTTP security headers for every response. The CSP allows the Socket.IO
 * sidecar origin for websockets; frames are refused everywhere.
 */
export function securityHeaders(production: boolean): { key: string; value: string }[] {
  const socketOrigin = process.env.NEXT_PUBLIC_REALTIME_URL ?? "";
  const connect = ["'self'", "ws:", "wss:", socketOrigin].filter(Boolean).join(" ");
  const csp = [
    "default-src 'self'",
    // Next.js injects inline bootstrap scripts; 'unsafe-eval' only in dev for React Refresh.
    `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
  const headers = [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  ];
  if (production && process.env.AUTH_URL?.startsWith("https:")) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
