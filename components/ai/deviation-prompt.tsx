"use client";

import { useState, useTransition } from "react";
import type { AiDeviationView } from "@/lib/ai/ai-views";
import { recordAiDeviationAction } from "@/server/actions/ai";
import { Button } from "@/components/ui/button";
import { ReasonField } from "./decision-controls";

/**
 * Shown when the diagnosis typed in the notes differs from the AI's primary diagnosis and no
 * reason is recorded yet: a short "why" is stored with the AI assessment (deviation tracking).
 */
export function DeviationPrompt({ consultationId, deviation, onSaved }: { consultationId: string; deviation: AiDeviationView; onSaved: () => void }) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const r = await recordAiDeviationAction(consultationId, deviation.requestId, { reason });
      if (!r.ok) return setError(r.fieldErrors?.["input.reason"]?.[0] ?? r.message);
      setError(null);
      onSaved();
    });
  return (
    <form className="space-y-2 rounded border-l-4 border-warn bg-warn-light p-2" onSubmit={(e) => { e.preventDefault(); save(); }}>
      <p className="text-sm">
        Your diagnosis in the notes (<strong className="font-mono">{deviation.providerCode}</strong>) differs from the AI&apos;s (<strong className="font-mono">{deviation.aiCode}</strong>).
      </p>
      <ReasonField id="ai-notes-deviation" label="Briefly, why?" value={reason} onChange={setReason} error={error ?? undefined} />
      <Button size="sm" type="submit" busy={pending}>Save reason</Button>
    </form>
  );
}
