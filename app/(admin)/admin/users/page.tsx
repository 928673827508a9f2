import { SiteHeader } from "@/components/site-header";
import { Card } from "@/components/ui/card";
import { CreateStaffForm } from "@/components/admin/create-staff-form";
import { UserAccessButtons } from "@/components/admin/user-access-buttons";
import { requirePageActor } from "@/server/auth/require-page-actor";
import { findOrganizationUsers } from "@/server/admin/update-user-access";

export const metadata = { title: "Accounts" };

export default async function UsersPage() {
  const { actor, name } = await requirePageActor(["admin"], "/admin/users");
  const users = await findOrganizationUsers(actor);
  const now = new Date();
  return (
    <>
      <SiteHeader actor={actor} name={name} wide />
      <main id="main" className="mx-auto max-w-[1600px] px-4 py-6">
        <h1 className="text-2xl font-bold">Accounts</h1>
        <p className="mt-1 text-sm text-muted">Staff accounts are created here. Patients sign up themselves. Administrators do not see clinical content.</p>
        <Card className="mt-4">
          <h2 className="mb-4 text-lg font-bold">New staff account</h2>
          <CreateStaffForm />
        </Card>
        <div className="mt-6 overflow-x-auto rounded-card border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">All accounts in your organisation</caption>
            <thead className="bg-surface text-xs uppercase tracking-wide text-muted">
              <tr>
                <th className="px-3 py-2">Name</th>
                <th className="px-3 py-2">Email</th>
                <th className="px-3 py-2">Role</th>
                <th className="px-3 py-2">Two-factor</th>
                <th className="px-3 py-2">Status</th>
                <th className="px-3 py-2">Last sign-in</th>
                <th className="px-3 py-2">Actions</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => {
                const locked = !!u.lockedUntil && u.lockedUntil > now;
                return (
                  <tr key={u.id} className="border-t border-line">
                    <td className="px-3 py-2 font-semibold">{u.name}</td>
                    <td className="px-3 py-2">{u.email}</td>
                    <td className="px-3 py-2 capitalize">{u.role}{u.provider && <span className="block text-xs text-muted">{u.provider.specialties.join(", ").replace(/_/g, " ")}</span>}</td>
                    <td className="px-3 py-2">{u.mfaEnabledAt ? "On" : u.role === "patient" ? "Off" : <span className="font-semibold text-warn">Not set up</span>}</td>
                    <td className="px-3 py-2">{u.disabled ? <span className="font-semibold text-danger">Disabled</span> : locked ? <span className="font-semibold text-warn">Locked until {u.lockedUntil!.toISOString().slice(11, 16)} UTC</span> : "Active"}</td>
                    <td className="px-3 py-2 tabular">{u.lastLoginAt ? u.lastLoginAt.toISOString().slice(0, 16).replace("T", " ") : "Never"}</td>
                    <td className="px-3 py-2"><UserAccessButtons userId={u.id} locked={locked} disabled={u.disabled} mfa={!!u.mfaEnabledAt} self={u.id === actor.userId} /></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
