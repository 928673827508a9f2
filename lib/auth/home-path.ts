import type { Role } from "./actor";

/** Where each role lands after signing in. */
export const HOME_PATH: Record<Role, string> = {
  patient: "/consultations",
  provider: "/queue",
  supervisor: "/sla",
  pharmacist: "/pharmacy",
  admin: "/admin/users",
};
