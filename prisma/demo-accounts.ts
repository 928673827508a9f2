/**
 * Demo accounts (password for all: DemoVisits!2026). Staff accounts have MFA
 * with the fixed TOTP secrets below — for the demo only; real accounts enrol
 * their own. Shared by the seed, the README and the e2e tests.
 */
export const DEMO_PASSWORD = "DemoVisits!2026";

export interface DemoAccount {
  email: string;
  name: string;
  role: "patient" | "provider" | "supervisor" | "pharmacist" | "admin";
  /** Base32 TOTP secret (staff only). */
  totpSecret?: string;
  note: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "alice@demo.test", name: "Alice Morgan", role: "patient", note: "patient" },
  { email: "bob@demo.test", name: "Bob Nguyen", role: "patient", note: "patient; takes warfarin, penicillin allergy" },
  { email: "carmen@demo.test", name: "Carmen Ruiz", role: "patient", note: "patient; prefers Spanish" },
  { email: "dr.lee@demo.test", name: "Dr. Jordan Lee", role: "provider", totpSecret: "KVKFKRCPNZQUYMLXOVYDSQKJKZDTSRLD", note: "provider, family medicine" },
  { email: "dr.garcia@demo.test", name: "Dr. Sofia Garcia", role: "provider", totpSecret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", note: "provider, family medicine" },
  { email: "dr.patel@demo.test", name: "Dr. Anika Patel", role: "provider", totpSecret: "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U", note: "provider, dermatology" },
  { email: "dr.ortiz@demo.test", name: "Dr. Luis Ortiz", role: "provider", totpSecret: "ONSWG4TFORZWK3DMMFZXIZLTORZWK3DN", note: "provider, family medicine, licence expired" },
  { email: "sup.jones@demo.test", name: "Morgan Jones", role: "supervisor", totpSecret: "OJSWC3DMPFZWKY3VOJSWC3DMPFZWKY3V", note: "supervisor" },
  { email: "pharm.kim@demo.test", name: "Hana Kim", role: "pharmacist", totpSecret: "NBQXE3LBMNUXG5DTMVRXK4TFNBQXE3LB", note: "pharmacist" },
  { email: "admin@demo.test", name: "Avery Admin", role: "admin", totpSecret: "MFSG22LOMFSG22LOMFSG22LOMFSG22LO", note: "admin (accounts only)" },
];

export const DEMO_ACCOUNTS_TEXT = [
  "",
  `Demo accounts (password: ${DEMO_PASSWORD})`,
  ...DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(22)} ${a.note.padEnd(46)} ${a.totpSecret ? `TOTP secret ${a.totpSecret}` : ""}`),
  "  Staff sign in with a 6-digit code from an authenticator app set up with the secret above",
  "  (or: npm run demo:totp -- dr.lee@demo.test).",
  "",
].join("\n");
