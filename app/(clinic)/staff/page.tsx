import type { Metadata } from "next";
import { ReissueInvitation } from "@/components/invitations/reissue-invitation";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db/client";
import { listStaff } from "@/lib/staff/staff";
import { InviteClinicianForm } from "./_components/invite-clinician-form";
import { ResetTwoFactorButton } from "./_components/reset-two-factor-button";
import { StaffActiveToggle } from "./_components/staff-active-toggle";
import { ScrollArea } from "@/components/ui/scroll-area";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const viewer = await requirePageViewer("ADMIN");
  const staff = await listStaff(getDb(), viewer);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold text-brand-900">Staff</h1>
      <ScrollArea label="Table of staff, scrolls sideways">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Staff of your clinic</caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="py-2 pr-4">Name</th>
              <th scope="col" className="py-2 pr-4">Email</th>
              <th scope="col" className="py-2 pr-4">Role</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} className="border-b border-gray-200">
                <td className="py-2 pr-4">{member.name}</td>
                <td className="py-2 pr-4">{member.email}</td>
                <td className="py-2 pr-4">{member.role === "ADMIN" ? "Admin" : "Clinician"}</td>
                <td className="py-2 pr-4">{!member.active ? "Deactivated" : member.hasSignedUp ? "Active" : "Invited"}</td>
                <td className="space-y-2 py-2 pr-4">
                  {member.id === viewer.userId ? null : <StaffActiveToggle userId={member.id} name={member.name} active={member.active} />}
                  {member.id !== viewer.userId && member.active && member.hasSignedUp ? <ResetTwoFactorButton userId={member.id} name={member.name} /> : null}
                  {member.active && !member.hasSignedUp ? <ReissueInvitation invitee={{ userId: member.id }} name={member.name} status={member.invitation} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      <section aria-labelledby="invite-heading" className="max-w-xl space-y-3">
        <h2 id="invite-heading" className="text-xl font-bold text-brand-900">
          Invite a clinician
        </h2>
        <InviteClinicianForm />
      </section>
    </div>
  );
}
