"use client";

import { useTransition, useState } from "react";
import { updateUserAccessAction } from "@/server/actions/admin";
import type { UserAccessChange } from "@/server/admin/update-user-access";
import { Button } from "@/components/ui/button";

export function UserAccessButtons({ userId, locked, disabled, mfa, self }: { userId: string; locked: boolean; disabled: boolean; mfa: boolean; self: boolean }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (change: UserAccessChange, confirmText?: string) => {
    if (confirmText && !window.confirm(confirmText)) return;
    start(async () => {
      const r = await updateUserAccessAction(userId, change);
      setError(r.ok ? null : (r.message ?? "Failed"));
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      {locked && <Button size="sm" variant="secondary" busy={pending} onClick={() => run("unlock")}>Unlock</Button>}
      {!self && (disabled ? (
        <Button size="sm" variant="secondary" busy={pending} onClick={() => run("enable")}>Enable</Button>
      ) : (
        <Button size="sm" variant="secondary" busy={pending} onClick={() => run("disable", "Disable this account? Their sessions end at once.")}>Disable</Button>
      ))}
      {!self && mfa && <Button size="sm" variant="ghost" busy={pending} onClick={() => run("reset_mfa", "Reset two-factor authentication? They must set it up again at next sign-in.")}>Reset MFA</Button>}
      {error && <span role="alert" className="text-sm font-semibold text-danger">{error}</span>}
    </div>
  );
}
