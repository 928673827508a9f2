import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-muted">If you typed the web address, check it is correct.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand underline">
        Go to the home page
      </Link>
    </main>
  );
}
