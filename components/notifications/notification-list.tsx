"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { relativeTime } from "@/components/ui/time";
import { Button } from "@/components/ui/button";

interface Item {
  id: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export function NotificationList({ items, labels }: { items: Item[]; labels: { empty: string; markAll: string; unread: string } }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const unread = items.some((i) => !i.readAt);
  const markAll = () =>
    start(async () => {
      const res = await fetch("/api/v1/notifications/read", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      if (res.ok) router.refresh();
      else setError("Could not update. Try again.");
    });
  if (items.length === 0) return <p className="rounded-card border border-line bg-white p-6 text-muted">{labels.empty}</p>;
  return (
    <div>
      {unread && <Button size="sm" variant="secondary" busy={pending} onClick={markAll}>{labels.markAll}</Button>}
      {error && <p role="alert" className="mt-2 font-semibold text-danger">{error}</p>}
      <ul className="mt-3 space-y-2">
        {items.map((n) => (
          <li key={n.id} className={`rounded-card border bg-white p-3 ${n.readAt ? "border-line" : "border-brand border-l-4"}`}>
            <div className="flex items-start justify-between gap-3">
              <p className="font-semibold">{!n.readAt && <span className="sr-only">{labels.unread}: </span>}{n.link ? <Link href={n.link} className="text-brand underline-offset-2 hover:underline">{n.title}</Link> : n.title}</p>
              <span className="shrink-0 text-xs text-muted" title={new Date(n.createdAt).toLocaleString()}>{relativeTime(new Date(n.createdAt))}</span>
            </div>
            {n.body && <p className="mt-1 text-sm">{n.body}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}
