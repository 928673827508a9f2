"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";

const TEXT = {
  en: { title: "How was your visit?", legend: "Your rating", comment: "Anything you want to tell us? (optional)", send: "Send rating", thanks: "Thank you for your feedback.", pick: "Choose a rating from 1 to 5", scale: ["Very poor", "Poor", "OK", "Good", "Very good"] },
  es: { title: "¿Cómo fue su consulta?", legend: "Su calificación", comment: "¿Algo que quiera decirnos? (opcional)", send: "Enviar calificación", thanks: "Gracias por su opinión.", pick: "Elija una calificación del 1 al 5", scale: ["Muy mala", "Mala", "Regular", "Buena", "Muy buena"] },
};

/** A 1-5 rating (radio group with words, not only numbers) and an optional comment, after completion. */
export function FeedbackForm({ consultationId, locale = "en", alreadyRated }: { consultationId: string; locale?: string; alreadyRated?: boolean }) {
  const t = TEXT[locale === "es" ? "es" : "en"];
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState("");
  const [done, setDone] = useState(!!alreadyRated);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (done) return <p role="status" className="rounded-card border border-ok bg-ok-light p-4 font-semibold">{t.thanks}</p>;
  return (
    <form className="rounded-card border border-line bg-white p-4" onSubmit={(e) => {
      e.preventDefault();
      if (!rating) return setError(t.pick);
      start(async () => {
        const res = await fetch(`/api/v1/consultations/${consultationId}/feedback`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ rating, comment: comment || undefined }) });
        if (res.ok || res.status === 409) setDone(true);
        else setError((await res.json().catch(() => null))?.error?.message ?? "Not sent. Try again.");
      });
    }}>
      <h2 className="text-lg font-bold">{t.title}</h2>
      {error && <p role="alert" className="mt-1 font-semibold text-danger">{error}</p>}
      <fieldset className="mt-2">
        <legend className="font-semibold">{t.legend}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {t.scale.map((label, i) => (
            <label key={label} className={`flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 px-3 ${rating === i + 1 ? "border-brand bg-brand-light" : "border-ink/30"}`}>
              <input type="radio" name="rating" value={i + 1} checked={rating === i + 1} onChange={() => setRating(i + 1)} className="h-5 w-5" />
              {i + 1} · {label}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 block font-semibold">{t.comment}
        <textarea value={comment} onChange={(e) => setComment(e.target.value)} className="mt-1 block min-h-20 w-full rounded-md border-2 border-ink/70 p-2 font-normal" />
      </label>
      <Button type="submit" size="sm" className="mt-3" busy={pending}>{t.send}</Button>
    </form>
  );
}
