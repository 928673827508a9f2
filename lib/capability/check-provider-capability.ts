/**
 * Capability checks a provider must pass before taking a consultation. Pure:
 * the caller supplies today's count (in the provider's time zone) and `now`.
 * Each failed check is named so the refusal says exactly why.
 */
export const CAPABILITY_CHECKS = ["specialty", "license_active", "license_state", "daily_limit", "training", "not_self"] as const;
export type CapabilityCheck = (typeof CAPABILITY_CHECKS)[number];

export interface ProviderFacts {
  providerId: string;
  userId: string;
  specialties: string[];
  licenseExpiresAt: Date;
  licensedStates: string[];
  maxDailyConsultations: number;
  completedTrainings: string[];
  /** Consultations assigned to this provider since the start of their local day. */
  assignedToday: number;
}

export interface ConsultationFacts {
  consultationType: string;
  patientState: string;
  patientUserId: string;
}

export interface CapabilityFailure {
  check: CapabilityCheck;
  message: string;
}

export interface CapabilityResult {
  ok: boolean;
  failures: CapabilityFailure[];
}

/** Trainings required per consultation type (beyond the specialty itself). */
export const REQUIRED_TRAININGS: Record<string, readonly string[]> = {
  family_medicine: ["telehealth_basics"],
  dermatology: ["telehealth_basics", "teledermatology_imaging"],
  urgent_care: ["telehealth_basics", "emergency_recognition"],
  mental_health: ["telehealth_basics", "suicide_risk_assessment"],
  womens_health: ["telehealth_basics"],
};

export function checkProviderCapability(p: ProviderFacts, c: ConsultationFacts, now: Date): CapabilityResult {
  const failures: CapabilityFailure[] = [];
  if (!p.specialties.includes(c.consultationType)) {
    failures.push({ check: "specialty", message: `Specialty does not cover ${c.consultationType.replace(/_/g, " ")}.` });
  }
  if (p.licenseExpiresAt.getTime() < startOfUtcDay(now).getTime()) {
    failures.push({ check: "license_active", message: `Licence expired on ${p.licenseExpiresAt.toISOString().slice(0, 10)}.` });
  }
  if (!p.licensedStates.includes(c.patientState)) {
    failures.push({ check: "license_state", message: `Not licensed in ${c.patientState}, the patient's state.` });
  }
  if (p.assignedToday >= p.maxDailyConsultations) {
    failures.push({ check: "daily_limit", message: `Daily limit of ${p.maxDailyConsultations} consultations reached.` });
  }
  const missing = (REQUIRED_TRAININGS[c.consultationType] ?? []).filter((t) => !p.completedTrainings.includes(t));
  if (missing.length > 0) {
    failures.push({ check: "training", message: `Required training not completed: ${missing.join(", ")}.` });
  }
  if (p.userId === c.patientUserId) {
    failures.push({ check: "not_self", message: "A provider cannot treat themselves." });
  }
  return { ok: failures.length === 0, failures };
}

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * The instant the local day containing `now` began in `timeZone` (IANA), so a
 * daily limit resets at the provider's midnight, not the server's.
 */
export function startOfDayInZone(now: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(now);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const localAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  const offsetMs = localAsUtc - Math.floor(now.getTime() / 1000) * 1000;
  const localMidnightAsUtc = Date.UTC(get("year"), get("month") - 1, get("day"));
  return new Date(localMidnightAsUtc - offsetMs);
}
