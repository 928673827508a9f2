"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

/** "I have read this" for a critical message. */
export function AcknowledgeButton({ consultationId, messageId, label, error }: { consultationId: string; messageId: string; label: string; error: string }) {
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  const [pending, start] = useTransition();
  return (
    <div className="mt-2">
      <Button size="sm" busy={pending} onClick={() => start(async () => {
        const res = await fetch(`/api/v1/consultations/${consultationId}/messages/${messageId}/acknowledge`, { method: "POST" });
        if (res.ok) router.refresh();
        else setFailed(true);
      })}>{label}</Button>
      {failed && <p role="alert" className="mt-1 text-sm font-semibold text-danger">{error}</p>}
    </div>
  );
}
