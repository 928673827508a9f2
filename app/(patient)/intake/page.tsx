import { redirect } from "next/navigation";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { getIntakeContext } from "@/server/intake/get-intake-context";
import { stepSlugAt } from "@/lib/intake/intake-steps";

export const metadata = { title: "Start a consultation" };

/** /intake resumes where the patient stopped: the saved step of their draft, or the first question. */
export default async function IntakePage() {
  const { actor, request } = await requirePageActor(["patient"], "/intake");
  const ctx = await getIntakeContext(actor, request);
  redirect(`/intake/${stepSlugAt(ctx.hasDraft ? ctx.step : 0)}`);
}
