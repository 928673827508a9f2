/**
 * Socket handlers. `subscribe` joins one consultation's room after the policy
 * allows it and replays what the client missed since `lastEventId`;
 * `subscribe:queue` joins the actor's role rooms (own patient, provider
 * queues by specialty, supervisor organisation). Every join is audited.
 */
import type { Server, Socket } from "socket.io";
import type { UserActor } from "@/lib/auth/actor";
import { canOnConsultation } from "@/lib/auth/policy";
import { ZSubscribeInput } from "@/lib/schemas/realtime";
import { db } from "../db/prisma";
import { recordAuditLogStandalone } from "../audit/record-audit-log";
import { toConsultationEvent } from "./event-messages";

type Ack = (response: { ok: boolean; error?: string; rooms?: string[]; replayed?: number }) => void;

export const rooms = {
  consultation: (id: string) => `consultation:${id}`,
  patient: (id: string) => `patient:${id}`,
  provider: (id: string) => `provider:${id}`,
  queue: (org: string, type: string) => `queue:${org}:${type}`,
  org: (org: string) => `org:${org}`,
};

export function registerSubscriptions(io: Server) {
  io.on("connection", (socket: Socket) => {
    const actor = socket.data.actor as UserActor;
    socket.on("subscribe", (input: unknown, ack?: Ack) => void subscribe(socket, actor, input, ack ?? (() => undefined)));
    socket.on("subscribe:queue", (_input: unknown, ack?: Ack) => void subscribeQueue(socket, actor, ack ?? (() => undefined)));
  });
}

async function subscribe(socket: Socket, actor: UserActor, input: unknown, ack: Ack) {
  const parsed = ZSubscribeInput.safeParse(input);
  if (!parsed.success) return ack({ ok: false, error: "VALIDATION_FAILED" });
  const { consultationId, lastEventId } = parsed.data;
  const request = { requestId: `socket-${socket.id}`, ipAddress: socket.handshake.address, userAgent: socket.handshake.headers["user-agent"] ?? null, sessionId: actor.sessionId ?? null };
  try {
    const c = await db.consultation.findUnique({ where: { id: consultationId }, include: { patient: { select: { languagePreference: true } } } });
    const allowed = c ? canOnConsultation(actor, "consultation:read", c).allowed : false;
    await recordAuditLogStandalone({
      actor, action: "SUBSCRIBE", resourceType: "consultation", resourceId: consultationId, patientId: c?.patientId ?? null,
      outcome: allowed ? "allowed" : "denied", request,
    });
    if (!c || !allowed) return ack({ ok: false, error: c ? "FORBIDDEN" : "NOT_FOUND" });
    socket.data.locale = actor.role === "patient" ? c.patient.languagePreference : "en";
    await socket.join(rooms.consultation(consultationId));
    let replayed = 0;
    if (lastEventId !== undefined) {
      const missed = await db.outboxEvent.findMany({
        where: { consultationId, id: { gt: BigInt(lastEventId) } },
        orderBy: { id: "asc" },
        take: 500,
      });
      for (const e of missed) socket.emit("consultation.event", toConsultationEvent(e, socket.data.locale));
      replayed = missed.length;
    }
    ack({ ok: true, replayed });
  } catch {
    ack({ ok: false, error: "INTERNAL" });
  }
}

async function subscribeQueue(socket: Socket, actor: UserActor, ack: Ack) {
  const joined: string[] = [];
  if (actor.role === "patient" && actor.patientId) joined.push(rooms.patient(actor.patientId));
  if (actor.role === "provider" && actor.providerId) {
    joined.push(rooms.provider(actor.providerId), ...(actor.specialties ?? []).map((s) => rooms.queue(actor.organizationId, s)));
  }
  if (actor.role === "supervisor") joined.push(rooms.org(actor.organizationId));
  if (joined.length === 0) return ack({ ok: false, error: "FORBIDDEN" });
  await socket.join(joined);
  ack({ ok: true, rooms: joined });
}
