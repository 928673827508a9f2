import { db } from "../db/prisma";

/** Everything the pharmacy job needs about one prescription, in one query. */
export async function loadSendFacts(prescriptionId: string) {
  const rx = await db.prescription.findUnique({
    where: { id: prescriptionId },
    include: {
      consultation: {
        select: {
          id: true, organizationId: true, patientId: true, patientLanguagePreference: true, status: true,
          organization: { select: { timeZone: true } },
          patient: { select: { userId: true, dateOfBirth: true, sex: true, stateOfResidence: true, phone: true, allergies: true, user: { select: { name: true } } } },
        },
      },
    },
  });
  if (!rx) return null;
  const pharmacy = rx.pharmacyId ? await db.pharmacy.findUnique({ where: { id: rx.pharmacyId } }) : null;
  const prescriber = await db.user.findUnique({
    where: { id: rx.prescriberUserId },
    select: { name: true, provider: { select: { licenseNumber: true, credential: true } } },
  });
  return { rx: { ...rx, pharmacy }, prescriber };
}

export type SendFacts = NonNullable<Awaited<ReturnType<typeof loadSendFacts>>>;
