import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/auth/register-form";
import { Card } from "@/components/ui/card";
import { SiteHeader } from "@/components/site-header";
import { getActor } from "@/server/auth/get-actor";
import { HOME_PATH } from "@/lib/auth/home-path";

export const metadata = { title: "Create an account" };

export default async function RegisterPage() {
  const { actor } = await getActor({ touch: false });
  if (actor) redirect(HOME_PATH[actor.role]);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-lg px-4 py-10">
        <h1 className="text-3xl font-bold">Create an account</h1>
        <p className="mb-6 mt-2 text-muted">For patients. Clinic staff get their accounts from their administrator.</p>
        <Card>
          <RegisterForm />
        </Card>
        <p className="mt-6 text-muted">
          Already have an account?{" "}
          <Link href="/login" className="font-semibold text-brand underline">
            Sign in
          </Link>
        </p>
      </main>
    </>
  );
}
