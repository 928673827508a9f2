"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acknowledgeAuditAlertAction } from "@/server/actions/audit";
import { Button } from "@/components/ui/button";

/** Marks an alert reviewed; the row leaves the open list when the page refreshes. */
export function AcknowledgeAlertButton({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, start] = useTransition();
  const acknowledge = () =>
    start(async () => {
      const res = await acknowledgeAuditAlertAction(id);
      if (!res.ok) return setError(res.message);
      router.refresh();
    });
  return (
    <span className="inline-flex flex-col items-end">
      <Button type="button" variant="secondary" size="sm" onClick={acknowledge} busy={pending}>
        Acknowledge<span className="sr-only"> alert: {label}</span>
      </Button>
      {error && <span role="alert" className="mt-1 text-xs font-semibold text-danger">{error}</span>}
    </span>
  );
}
