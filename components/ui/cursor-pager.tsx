import Link from "next/link";
import { nextPosition, pageNumber, previousPosition, withPosition, type PagePosition } from "@/lib/audit/cursor-trail";

interface Labels {
  previous: string;
  next: string;
  page: (n: number) => string;
  nav: string;
}

const EN: Labels = { previous: "Previous", next: "Next", page: (n) => `Page ${n}`, nav: "Pages" };

/** Previous / Next links for a keyset-paginated list; the cursor trail lives in the URL (see lib/audit/cursor-trail.ts). */
export function CursorPager({ basePath, params, position, nextCursor, labels = EN }: {
  basePath: string;
  params: Record<string, string | undefined>;
  position: PagePosition;
  nextCursor: string | null;
  labels?: Labels;
}) {
  const prev = previousPosition(position);
  const n = pageNumber(position);
  if (!prev && !nextCursor) return null;
  const link = "inline-flex min-h-11 items-center rounded-md border-2 border-brand bg-white px-4 font-semibold text-brand hover:bg-brand-light";
  return (
    <nav aria-label={labels.nav} className="mt-4 flex flex-wrap items-center gap-3">
      {prev ? <Link href={`${basePath}${withPosition(params, prev)}`} className={link} rel="prev">← {labels.previous}</Link> : null}
      {n !== null && <span className="text-sm text-muted tabular">{labels.page(n)}</span>}
      {nextCursor ? <Link href={`${basePath}${withPosition(params, nextPosition(position, nextCursor))}`} className={link} rel="next">{labels.next} →</Link> : null}
    </nav>
  );
}
