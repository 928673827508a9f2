/** The demo case mix: realistic complaints across types, states and urgencies. */
import type { ConsultationStatus } from "../lib/consultations/statuses";
import type { TIntakeInput } from "../lib/schemas/intake";
import type { PatientSpec } from "./factories/users";

export const EXTRA_PATIENTS: Omit<PatientSpec, "organizationId">[] = [
  { email: "dana@demo.test", name: "Dana Brooks", dateOfBirth: "1979-06-30", sex: "female", stateOfResidence: "TX" },
  { email: "evan@demo.test", name: "Evan Walsh", dateOfBirth: "2001-01-15", sex: "male", stateOfResidence: "NY" },
  { email: "farah@demo.test", name: "Farah Haddad", dateOfBirth: "1992-08-08", sex: "female", stateOfResidence: "FL", pregnancyStatus: "pregnant" },
  { email: "george@demo.test", name: "George Okafor", dateOfBirth: "1949-02-19", sex: "male", stateOfResidence: "NY", chronicConditions: ["type 2 diabetes"] },
  { email: "hana.p@demo.test", name: "Hana Petrov", dateOfBirth: "1984-12-01", sex: "female", stateOfResidence: "NJ", languagePreference: "es" },
];

type Intake = Partial<TIntakeInput> & Pick<TIntakeInput, "chiefComplaint">;

export interface DemoConsultation {
  patient: string;
  status: ConsultationStatus;
  provider?: "lee" | "garcia";
  minutesAgo: number;
  stepMinutes?: number;
  slaViolated?: boolean;
  feedback?: { rating: number; comment?: string };
  intake: Intake;
}

const sore: Intake = { chiefComplaint: "Sore throat and mild fever for two days", symptoms: ["sore throat", "fever"], severity: 4, vitals: { temperatureC: 38.1, heartRate: 92 } };
const uti: Intake = { consultationType: "urgent_care", chiefComplaint: "Burning when I pee and needing to go often", symptoms: ["painful urination"], severity: 5 };
const rash: Intake = { consultationType: "dermatology", chiefComplaint: "Itchy red rash on both forearms", symptoms: ["rash", "itching"], severity: 3, onset: "4_7_days" };
const mole: Intake = { consultationType: "dermatology", chiefComplaint: "A mole on my back has changed colour and shape", severity: 2, onset: "1_4_weeks" };
const cough: Intake = { chiefComplaint: "Cough with green phlegm for a week, no shortness of breath", symptoms: ["cough"], severity: 4, onset: "4_7_days", vitals: { temperatureC: 37.8, heartRate: 88, respiratoryRate: 18, oxygenSaturation: 97 } };
const back: Intake = { chiefComplaint: "Lower back pain after lifting boxes", severity: 5, onset: "1_3_days" };
const headache: Intake = { chiefComplaint: "Headache for three days, no vision changes and no weakness", severity: 5, onset: "1_3_days" };
const anxiety: Intake = { consultationType: "mental_health", chiefComplaint: "Feeling anxious most days and can't sleep", severity: 6, onset: "over_1_month" };
const chest: Intake = { chiefComplaint: "Crushing chest pain spreading to my left arm", symptoms: ["chest pain", "sweating"], severity: 9, onset: "today", vitals: { heartRate: 118, systolic: 92, respiratoryRate: 24, oxygenSaturation: 93 } };
const breath: Intake = { chiefComplaint: "I can't catch my breath and my lips look blue", severity: 9, onset: "today", vitals: { oxygenSaturation: 88, respiratoryRate: 28, heartRate: 124 } };
const fever: Intake = { chiefComplaint: "High fever and shivering, feel very unwell", symptoms: ["fever", "chills"], severity: 7, onset: "today", vitals: { temperatureC: 39.6, heartRate: 121, respiratoryRate: 22, systolic: 104, oxygenSaturation: 95 } };
const ear: Intake = { chiefComplaint: "Ear pain and muffled hearing on the left side", severity: 4 };
const pregnancy: Intake = { consultationType: "womens_health", chiefComplaint: "Morning sickness and questions about vitamins", severity: 3, pregnancyStatus: "pregnant", onset: "1_4_weeks" };
const contraception: Intake = { consultationType: "womens_health", chiefComplaint: "Would like to restart the contraceptive pill", severity: 0, onset: "over_1_month" };
const sinus: Intake = { chiefComplaint: "Blocked nose and pain around my eyes for ten days", severity: 4, onset: "1_4_weeks" };
const acne: Intake = { consultationType: "dermatology", chiefComplaint: "Acne on my face that isn't getting better", severity: 2, onset: "over_1_month" };
const sprain: Intake = { consultationType: "urgent_care", chiefComplaint: "Twisted my ankle, swollen but I can walk on it", severity: 5, onset: "today" };
const spanishCough: Intake = { chiefComplaint: "Tos y dolor de garganta desde hace tres días", symptoms: ["tos"], severity: 3, preferredLanguage: "es" };
const bp: Intake = { chiefComplaint: "Home blood pressure readings higher than usual", severity: 2, vitals: { systolic: 162, diastolic: 94, heartRate: 78 } };

export const DEMO_CONSULTATIONS: DemoConsultation[] = [
  // Waiting in the queue (triaged), newest and oldest; some past their SLA.
  { patient: "alice", status: "triaged", minutesAgo: 12, intake: sore },
  { patient: "evan", status: "triaged", minutesAgo: 25, intake: uti },
  { patient: "dana", status: "triaged", minutesAgo: 40, intake: rash },
  { patient: "george", status: "triaged", minutesAgo: 95, intake: fever },
  { patient: "hana.p", status: "triaged", minutesAgo: 60, intake: spanishCough },
  { patient: "farah", status: "triaged", minutesAgo: 200, intake: pregnancy },
  { patient: "evan", status: "triaged", minutesAgo: 30 * 60, slaViolated: true, intake: back },
  { patient: "dana", status: "triaged", minutesAgo: 11 * 60, slaViolated: true, intake: headache },
  { patient: "george", status: "triaged", minutesAgo: 26 * 60, slaViolated: true, intake: sinus },
  { patient: "alice", status: "triaged", minutesAgo: 400, intake: acne },
  { patient: "carmen", status: "triaged", minutesAgo: 18, intake: anxiety },
  { patient: "hana.p", status: "triaged", minutesAgo: 140, intake: sprain },
  // Emergencies routed to a synchronous visit.
  { patient: "george", status: "escalated", minutesAgo: 8, intake: chest },
  { patient: "evan", status: "escalated", minutesAgo: 50, intake: breath },
  // Being worked.
  { patient: "bob", status: "in_review", provider: "lee", minutesAgo: 45, intake: cough },
  { patient: "alice", status: "assigned", provider: "lee", minutesAgo: 70, intake: ear },
  { patient: "dana", status: "assigned", provider: "garcia", minutesAgo: 150, intake: contraception },
  { patient: "carmen", status: "requires_info", provider: "garcia", minutesAgo: 300, intake: spanishCough },
  { patient: "george", status: "requires_peer_review", provider: "lee", minutesAgo: 180, intake: bp },
  { patient: "farah", status: "in_review", provider: "garcia", minutesAgo: 16 * 60, slaViolated: true, intake: sinus },
  { patient: "evan", status: "prescription_pending", provider: "lee", minutesAgo: 240, intake: uti },
  { patient: "bob", status: "prescription_sent", provider: "lee", minutesAgo: 26 * 60, stepMinutes: 20, intake: sinus },
  // Done.
  { patient: "alice", status: "completed", provider: "lee", minutesAgo: 3 * 24 * 60, stepMinutes: 25, intake: sore, feedback: { rating: 5, comment: "Quick and clear, thank you." } },
  { patient: "carmen", status: "completed", provider: "garcia", minutesAgo: 6 * 24 * 60, stepMinutes: 30, intake: spanishCough, feedback: { rating: 4, comment: "Muy amable." } },
  { patient: "bob", status: "completed", provider: "garcia", minutesAgo: 9 * 24 * 60, stepMinutes: 40, intake: back, feedback: { rating: 3, comment: "Took longer than I hoped." } },
  { patient: "dana", status: "completed", provider: "lee", minutesAgo: 2 * 24 * 60, stepMinutes: 15, intake: uti, feedback: { rating: 5 } },
  { patient: "george", status: "completed", provider: "garcia", minutesAgo: 4 * 24 * 60, stepMinutes: 35, intake: bp },
  { patient: "hana.p", status: "completed", provider: "lee", minutesAgo: 5 * 24 * 60, stepMinutes: 20, intake: ear },
  { patient: "evan", status: "completed", provider: "garcia", minutesAgo: 8 * 24 * 60, stepMinutes: 50, intake: acne },
  { patient: "farah", status: "completed", provider: "lee", minutesAgo: 7 * 24 * 60, stepMinutes: 10, intake: contraception },
  { patient: "alice", status: "cancelled", minutesAgo: 10 * 24 * 60, intake: back },
  { patient: "dana", status: "cancelled", minutesAgo: 12 * 24 * 60, intake: headache },
  { patient: "george", status: "pending", minutesAgo: 1, intake: ear },
  { patient: "carmen", status: "completed", provider: "garcia", minutesAgo: 14 * 24 * 60, stepMinutes: 30, intake: rash },
  { patient: "bob", status: "triaged", minutesAgo: 35, intake: headache },
  { patient: "hana.p", status: "triaged", minutesAgo: 75, intake: mole },
];
