import { NextResponse } from "next/server";
import { getHealth } from "@/server/health/get-health";

export const dynamic = "force-dynamic";

/** Public liveness: 200 while the database answers (worker/sidecar status in the body), else 503. */
export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.database.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
