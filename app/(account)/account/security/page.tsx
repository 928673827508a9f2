import { SiteHeader } from "@/components/site-header";
import { Card } from "@/components/ui/card";
import { MfaSetup } from "@/components/auth/mfa-setup";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { beginMfaEnrolment } from "@/server/auth/mfa/enrol-mfa";
import { HOME_PATH } from "@/lib/auth/home-path";
import { db } from "@/server/db/prisma";

export const metadata = { title: "Account security" };

export default async function SecurityPage({ searchParams }: { searchParams: Promise<{ setup?: string }> }) {
  const { actor, name } = await requirePageActor(["patient", "provider", "supervisor", "pharmacist", "admin"], "/account/security", { allowWithoutMfa: true });
  const sp = await searchParams;
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { mfaEnabledAt: true, mfaRecoveryHashes: true } });
  const enrolment = user.mfaEnabledAt ? null : await beginMfaEnrolment(actor);
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold">Account security</h1>
        {sp.setup === "required" && !user.mfaEnabledAt && (
          <p role="alert" className="mt-4 border-l-4 border-warn bg-warn-light p-3">
            Clinic staff must turn on two-factor authentication before using clinical features.
          </p>
        )}
        <Card className="mt-6">
          {enrolment ? (
            <>
              <h2 className="mb-4 text-xl font-bold">Turn on two-factor authentication</h2>
              <MfaSetup qrDataUrl={enrolment.qrDataUrl} secret={enrolment.secret} token={enrolment.token} homePath={HOME_PATH[actor.role]} />
            </>
          ) : (
            <>
              <h2 className="text-xl font-bold">Two-factor authentication is on</h2>
              <p className="mt-2">
                Since {user.mfaEnabledAt!.toISOString().slice(0, 10)}. You have {user.mfaRecoveryHashes.length} unused recovery code
                {user.mfaRecoveryHashes.length === 1 ? "" : "s"}.
              </p>
            </>
          )}
        </Card>
      </main>
    </>
  );
}
