import { writeAuditEvent } from "../audit/record-audit";
import type { TDatabase } from "../db/client";
import { InvalidInputError } from "../errors/domain-errors";
import { ZCreateClinic, type TCreateClinicInput } from "./clinic-input";
import { issueSetUpLink } from "./set-up-link";

export interface TCreatedClinic {
  clinic: { id: string; name: string; slug: string; timeZone: string; acuteWeeks: number };
  admin: { id: string; email: string; name: string };
  setUpToken: string;
  expiresAt: Date;
}

/**
 * A real clinic (never demo) with its first admin, who has no password until
 * they open the one-time set-up link. All in one transaction: a refused or
 * failed run leaves nothing behind, so it can simply be run again.
 */
export async function createClinic(db: TDatabase, raw: TCreateClinicInput, now: Date = new Date()): Promise<TCreatedClinic> {
  const parsed = ZCreateClinic.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[String(issue.path[0] ?? "input")] ??= []).push(issue.message);
    throw new InvalidInputError(fields);
  }
  const input = parsed.data;
  await assertNameAvailable(db, input.name);
  // The operator owns the server and every clinic on it: saying an address is taken reveals nothing to them.
  if (await db.user.count({ where: { email: input.adminEmail } })) throw new InvalidInputError({ adminEmail: [`${input.adminEmail} already has a BackTrack account.`] }, 409);

  return db.$transaction(async (tx) => {
    const clinic = await tx.clinic.create({
      data: { name: input.name, slug: await freeSlug(tx, input.name), timeZone: input.timeZone, acuteWeeks: input.acuteWeeks, isDemo: false },
      select: { id: true, name: true, slug: true, timeZone: true, acuteWeeks: true },
    });
    const admin = await tx.user.create({
      data: { email: input.adminEmail, name: input.adminName, role: "ADMIN", clinicId: clinic.id },
      select: { id: true, email: true, name: true },
    });
    const link = await issueSetUpLink(tx, admin.id, now);
    // The operator is no account: the event names the admin created and how.
    await writeAuditEvent(tx, {
      action: "clinic.create",
      actor: null,
      clinicId: clinic.id,
      subjectUserId: admin.id,
      detail: { via: "npm run clinic -- create" },
      origin: { ip: null, userAgent: null },
    });
    return { clinic, admin, setUpToken: link.token, expiresAt: link.expiresAt };
  });
}

async function assertNameAvailable(db: Pick<TDatabase, "clinic">, name: string): Promise<void> {
  const existing = await db.clinic.findFirst({ where: { name: { equals: name, mode: "insensitive" } }, select: { id: true } });
  if (existing) throw new InvalidInputError({ name: [`A clinic named "${name}" already exists.`] }, 409);
}

/** A URL-safe handle from the name; a suffix when another clinic has it ("harbor-physio-2"). */
async function freeSlug(db: Pick<TDatabase, "clinic">, name: string): Promise<string> {
  const base =
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 48) || "clinic";
  const taken = new Set((await db.clinic.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((clinic) => clinic.slug));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
