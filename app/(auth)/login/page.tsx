import Link from "next/link";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { Card } from "@/components/ui/card";
import { SiteHeader } from "@/components/site-header";
import { getActor } from "@/server/auth/get-actor";
import { HOME_PATH } from "@/lib/auth/home-path";

export const metadata = { title: "Sign in" };

const NOTICES: Record<string, string> = {
  idle: "You were signed out after 30 minutes without activity. Sign in again to continue.",
  signedOut: "You have signed out.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { actor } = await getActor({ touch: false });
  if (actor) redirect(HOME_PATH[actor.role]);
  const notice = sp.reason === "idle" ? NOTICES.idle : sp.signedOut ? NOTICES.signedOut : undefined;
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-lg px-4 py-10">
        <h1 className="mb-6 text-3xl font-bold">Sign in</h1>
        <Card>
          <LoginForm next={sp.next} notice={notice} />
        </Card>
        <p className="mt-6 text-muted">
          New patient?{" "}
          <Link href="/register" className="font-semibold text-brand underline">
            Create an account
          </Link>
        </p>
      </main>
    </>
  );
}
