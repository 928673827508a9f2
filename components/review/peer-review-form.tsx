"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { transitionAction } from "@/server/actions/review";
import { Button } from "@/components/ui/button";

/** The peer reviewer's decision: score 1-5, a comment, then approve (complete, or back to the author to prescribe) or return. */
export function PeerReviewForm({ consultationId, version, reason, triggers, authorRationale }: { consultationId: string; version: number; reason: string; triggers: string[]; authorRationale: string }) {
  const router = useRouter();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const decide = (to: "completed" | "in_review", outcome: "approve" | "return") => {
    if (!score) return setError("Choose a score from 1 to 5.");
    if (comment.trim().length < 3) return setError("Write a short comment for the author.");
    start(async () => {
      const r = await transitionAction(consultationId, { to, reviewOutcome: { outcome, score, comment }, decisionRationale: to === "completed" ? authorRationale || comment : undefined });
      if (r.ok) router.refresh();
      else setError(r.message);
    });
  };
  return (
    <section aria-labelledby="pr" className="rounded-card border-2 border-brand bg-brand-light/40 p-4">
      <h2 id="pr" className="font-bold">Your peer review</h2>
      <p className="mt-1 text-sm"><span className="text-muted">Requested because:</span> {reason}</p>
      {triggers.length > 0 && <p className="text-sm"><span className="text-muted">Mandatory:</span> {triggers.join("; ")}</p>}
      {error && <p role="alert" className="mt-2 text-sm font-semibold text-danger">{error}</p>}
      <fieldset className="mt-3">
        <legend className="text-sm font-semibold">Quality score</legend>
        <div className="mt-1 flex gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`flex h-11 w-11 cursor-pointer items-center justify-center rounded border-2 font-bold ${score === n ? "border-brand bg-brand text-white" : "border-ink/40 bg-white"}`}>
              <input type="radio" name="score" value={n} className="sr-only" checked={score === n} onChange={() => setScore(n)} />{n}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 block text-sm font-semibold">Comment for the author
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} className="mt-1 block min-h-20 w-full rounded border-2 border-ink/60 bg-white p-2 font-normal" />
      </label>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button size="sm" busy={pending} onClick={() => decide("completed", "approve")}>Approve and complete</Button>
        <Button size="sm" variant="secondary" busy={pending} onClick={() => decide("in_review", "approve")}>Approve, back to author to prescribe</Button>
        <Button size="sm" variant="danger" busy={pending} onClick={() => decide("in_review", "return")}>Return with changes</Button>
      </div>
    </section>
  );
}
