import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-bold">You do not have access to this page</h1>
      <p className="mt-4 text-muted">Your account’s role does not allow it. If you think this is wrong, contact your clinic’s administrator.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand underline">
        Go to your home page
      </Link>
    </main>
  );
}
