"use client";

import { useState, useTransition } from "react";

/** A patient's choice of e-mail in addition to in-app notifications. */
export function NotificationPreferences({ email, labels }: { email: boolean; labels: { legend: string; inApp: string; email: string; saved: string } }) {
  const [on, setOn] = useState(email);
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  return (
    <fieldset className="rounded-card border border-line bg-white p-4">
      <legend className="px-1 font-bold">{labels.legend}</legend>
      <label className="flex min-h-11 items-center gap-2 text-muted"><input type="checkbox" checked disabled className="h-5 w-5" /> {labels.inApp}</label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" className="h-5 w-5" checked={on} disabled={pending} onChange={(e) => {
          const next = e.target.checked;
          setOn(next);
          setSaved(false);
          start(async () => {
            const res = await fetch("/api/v1/me/notification-preferences", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ channels: next ? ["in_app", "email"] : ["in_app"] }) });
            if (res.ok) setSaved(true);
            else setOn(!next);
          });
        }} />
        {labels.email}
      </label>
      <p role="status" className="text-sm text-ok">{saved ? labels.saved : ""}</p>
    </fieldset>
  );
}
