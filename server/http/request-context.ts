/** What the audit trail records about the request a change came from. */
export interface RequestContext {
  requestId: string;
  ipAddress?: string | null;
  userAgent?: string | null;
  sessionId?: string | null;
  /** Stated reason for access outside the actor's usual scope (break-the-glass). */
  justification?: string | null;
  emergencyAccess?: boolean;
}

export function systemRequest(component: string): RequestContext {
  return { requestId: `${component}-${crypto.randomUUID()}` };
}
