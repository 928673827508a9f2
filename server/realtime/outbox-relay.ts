/**
 * Reads committed outbox rows in id order and emits them to the rooms they
 * concern. LISTEN outbox_event wakes the relay at once; a 1-second poll is the
 * safety net for a dropped connection or a missed notification.
 */
import pg from "pg";
import type { Server } from "socket.io";
import { db } from "../db/prisma";
import { getEnv } from "../env";
import { logger } from "../logger";
import { OutboxCursor } from "../outbox/outbox-cursor";
import type { OutboxPayload } from "../outbox/write-outbox-event";
import { toConsultationEvent, toQueueChanged } from "./event-messages";
import { rooms } from "./subscriptions";

const POLL_MS = 1_000;
const BATCH = 500;

export async function startOutboxRelay(io: Server): Promise<{ stop(): Promise<void> }> {
  const tail = await db.outboxEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const cursor = new OutboxCursor(tail?.id ?? 0n);
  let running = false;
  let again = false;
  let stopped = false;

  const drain = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const rows = await db.outboxEvent.findMany({ where: { id: { gt: cursor.position } }, orderBy: { id: "asc" }, take: BATCH });
        const fresh = rows.filter((r) => !cursor.has(r.id));
        for (const row of fresh) await emit(io, row);
        cursor.mark(fresh.map((r) => r.id));
        if (rows.length === BATCH) again = true;
      } while (again && !stopped);
    } catch (e) {
      logger.warn({ err: e }, "outbox relay read failed; will retry");
    } finally {
      running = false;
    }
  };

  const listener = new pg.Client({ connectionString: getEnv().DATABASE_URL });
  listener.on("notification", () => void drain());
  listener.on("error", (e) => logger.warn({ err: e }, "outbox LISTEN connection error; polling continues"));
  await listener.connect();
  await listener.query("LISTEN outbox_event");
  const timer = setInterval(() => void drain(), POLL_MS);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await listener.end().catch(() => undefined);
    },
  };
}

async function emit(io: Server, row: Awaited<ReturnType<typeof db.outboxEvent.findMany>>[number]) {
  const p = (row.payload ?? {}) as OutboxPayload;
  if (row.consultationId) {
    // Per socket, so each client gets the message in its own language.
    const sockets = await io.in(rooms.consultation(row.consultationId)).fetchSockets();
    for (const s of sockets) s.emit("consultation.event", toConsultationEvent(row, s.data.locale));
  }
  const targets: string[] = [];
  if (p.patientId) targets.push(rooms.patient(p.patientId));
  if (p.organizationId) {
    targets.push(rooms.org(p.organizationId));
    if (p.consultationType) targets.push(rooms.queue(p.organizationId, p.consultationType));
  }
  if (p.assignedProviderId) targets.push(rooms.provider(p.assignedProviderId));
  if (typeof p.previousProviderId === "string") targets.push(rooms.provider(p.previousProviderId));
  if (targets.length) io.to(targets).emit("queue.changed", toQueueChanged(row));
}
