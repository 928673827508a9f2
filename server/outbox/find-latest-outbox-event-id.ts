import { db } from "../db/prisma";

/**
 * The newest outbox event id of a consultation, or null. The status page hands
 * it to the socket subscription so events committed between rendering and
 * subscribing are replayed, not lost. Call only after the read was authorised.
 */
export async function findLatestOutboxEventId(consultationId: string): Promise<string | null> {
  const row = await db.outboxEvent.findFirst({ where: { consultationId }, orderBy: { id: "desc" }, select: { id: true } });
  return row ? row.id.toString() : null;
}
