/** Who is acting. Built once per request (server/auth/get-actor.ts) and passed everywhere. */
export const ROLES = ["patient", "provider", "supervisor", "pharmacist", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface UserActor {
  kind: "user";
  userId: string;
  role: Role;
  organizationId: string;
  /** Set for role patient. */
  patientId?: string;
  /** Set for role provider. */
  providerId?: string;
  /** Consultation types a provider may take (their queue). */
  specialties?: string[];
  sessionId?: string;
  /** When this session last verified a TOTP code (fresh-MFA rule). */
  mfaVerifiedAt?: Date | null;
  mfaEnabled?: boolean;
}

export interface SystemActor {
  kind: "system";
  /** Which component acts: "triage", "pharmacy", "sla-monitor", "messaging"... */
  component: string;
}

export type Actor = UserActor | SystemActor;

export function systemActor(component: string): SystemActor {
  return { kind: "system", component };
}

export function actorRole(actor: Actor): string {
  return actor.kind === "system" ? "system" : actor.role;
}

export function actorId(actor: Actor): string | null {
  return actor.kind === "system" ? null : actor.userId;
}
