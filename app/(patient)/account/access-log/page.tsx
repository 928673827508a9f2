import { SiteHeader } from "@/components/site-header";
import { AccessLogList } from "@/components/audit/access-log-list";
import { CursorPager } from "@/components/ui/cursor-pager";
import { ACCESS_LOG_TEXT } from "@/lib/audit/access-log-text";
import { ZAccessLogQuery, withoutBlankValues } from "@/lib/schemas/audit";
import { isAppError } from "@/lib/errors";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findPatientAccessLog } from "@/server/audit/find-patient-access-log";

export const metadata = { title: "Who viewed my record" };

const PAGE_SIZE = 25;

/** Patients: every access to their data by someone else, newest first, in their language. */
export default async function AccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { actor, name, request } = await requirePageActor(["patient"], "/account/access-log");
  const params = withoutBlankValues(await searchParams);
  const parsed = ZAccessLogQuery.safeParse({ cursor: params.cursor });
  let cursor = parsed.success ? parsed.data.cursor : undefined;
  let log;
  try {
    log = await findPatientAccessLog(actor, { limit: PAGE_SIZE, cursor }, request);
  } catch (e) {
    // A damaged cursor in a bookmarked URL just restarts at the newest entries.
    if (!cursor || !isAppError(e) || e.code !== "VALIDATION_FAILED") throw e;
    cursor = undefined;
    log = await findPatientAccessLog(actor, { limit: PAGE_SIZE }, request);
  }
  const t = ACCESS_LOG_TEXT[log.locale];
  return (
    <>
      <SiteHeader actor={actor} name={name} />
      <main id="main" lang={log.locale} className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-3 text-lg">{t.intro}</p>
        <p className="mt-1 text-muted">{t.notListed}</p>
        {log.items.length === 0 ? (
          <div className="mt-8 rounded-card border border-line bg-white p-6">
            <h2 className="text-xl font-bold">{t.emptyTitle}</h2>
            <p className="mt-2 text-muted">{t.emptyBody}</p>
          </div>
        ) : (
          <AccessLogList items={log.items} locale={log.locale} timeZone={log.timeZone} />
        )}
        <CursorPager
          basePath="/account/access-log" params={{}} position={{ cursor, trail: cursor ? params.trail : undefined }} nextCursor={log.nextCursor}
          labels={{ previous: t.previous, next: t.next, page: t.page, nav: t.pages }}
        />
        <p className="mt-8 border-t border-line pt-4 text-muted">{t.questions}</p>
      </main>
    </>
  );
}
