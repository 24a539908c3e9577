import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInWithPassword } from "../../lib/auth/sign-in";
import { acceptInvitation } from "../../lib/invitations/accept-invitation";
import { invitationSentJson } from "../../lib/invitations/issue-and-email-invitation";
import { closeMailTransport } from "../../lib/mail/send-email";
import { createPatient } from "../../lib/patients/create-patient";
import { inviteClinician } from "../../lib/staff/staff";
import { viewerFor } from "../testing/viewers";
import { startSmtpCapture, type TSmtpCapture } from "../testing/smtp-capture";
import { useTestDatabase } from "../testing/test-database";

describe("npm run clinic", () => {
  const database = useTestDatabase();
  let mail: TSmtpCapture;
  let dataDir: string;

  beforeAll(async () => {
    mail = await startSmtpCapture();
    dataDir = await mkdtemp(path.join(tmpdir(), "backtrack-clinic-cli-"));
  });
  afterAll(async () => {
    await mail.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** `env` overrides the live configuration below; undefined leaves a variable out. */
  function clinic(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const variables: Record<string, string | undefined> = {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      BACKTRACK_MODE: "live",
      DATABASE_URL: database.appUrl ?? database.url,
      DATABASE_OWNER_URL: database.url,
      BACKTRACK_DATA_DIR: dataDir,
      SMTP_URL: mail.url,
      MAIL_FROM: "BackTrack <no-reply@portal.harbor.example>",
      NEXTAUTH_URL: "https://portal.harbor.example",
      ...env,
    };
    const child = spawn(process.execPath, ["--import", "tsx", "tools/clinic/clinic-cli.ts", ...args], {
      env: { NODE_ENV: "production", ...Object.fromEntries(Object.entries(variables).filter((entry): entry is [string, string] => entry[1] !== undefined)) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
  }

  it("creates a clinic, emails its admin a set-up link and prints it once; the link from the email sets the admin's password", async () => {
    const result = await clinic(["create", "--name", "Harbor Physio", "--admin-email", "owner@harbor-physio.example", "--time-zone", "Europe/London", "--acute-weeks", "6"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Created the clinic Harbor Physio (harbor-physio): time zone Europe/London, acute phase under 6 weeks.");
    expect(result.stdout).toContain("Emailed the set-up link to owner@harbor-physio.example.");
    const printed = result.stdout.match(/https:\/\/portal\.harbor\.example\/invite\/[\w-]+/g);
    expect(printed).toHaveLength(1);

    const email = await mail.waitFor("owner@harbor-physio.example");
    expect(email.subject).toBe("Set up Harbor Physio on BackTrack");
    const emailed = email.text.match(/https:\/\/portal\.harbor\.example\/invite\/([\w-]+)/);
    expect(emailed?.[0]).toBe(printed![0]);
    expect(email.html).toContain(printed![0]);

    await acceptInvitation(database.db, { token: emailed![1]!, password: "tidal lantern quietly 7291" });
    const signIn = await signInWithPassword(database.db, { email: "owner@harbor-physio.example", password: "tidal lantern quietly 7291", ip: "203.0.113.9" });
    expect(signIn.ok).toBe(true);
    const admin = await database.db.user.findUniqueOrThrow({ where: { email: "owner@harbor-physio.example" }, include: { clinic: true } });
    expect(admin).toMatchObject({ role: "ADMIN", clinic: { name: "Harbor Physio", timeZone: "Europe/London", acuteWeeks: 6, isDemo: false } });
  }, 60_000);

  it("then, through email read from the SMTP server: the admin invites a clinician, who adds a patient, and both sign in", async () => {
    process.env.SMTP_URL = mail.url;
    process.env.BACKTRACK_MODE = "live";
    try {
      const origin = "https://portal.harbor.example";
      const linkIn = (text: string) => text.match(/https:\/\/portal\.harbor\.example\/invite\/([\w-]+)/)?.[1];
      const admin = await viewerFor(database.db, "owner@harbor-physio.example");
      await inviteClinician(database.db, admin, { name: "Dr. Rae Quill", email: "rae@harbor-physio.example" }, { origin });
      const invitation = await mail.waitFor("rae@harbor-physio.example");
      // Every admin hears of a new staff account, so nobody gains clinical access silently.
      const notice = await mail.waitFor("owner@harbor-physio.example", { match: (email) => email.subject !== "Set up Harbor Physio on BackTrack" });
      expect(notice.text).not.toMatch(/\/invite\//);
      await acceptInvitation(database.db, { token: linkIn(invitation.text)!, password: "harbour clinician steady 4410" });
      expect((await signInWithPassword(database.db, { email: "rae@harbor-physio.example", password: "harbour clinician steady 4410", ip: "203.0.113.10" })).ok).toBe(true);

      const clinician = await viewerFor(database.db, "rae@harbor-physio.example");
      const created = await createPatient(
        database.db,
        clinician,
        { name: "Ola Patient", email: "ola@patients.example", dateOfBirth: "1975-03-03", onsetDate: "2026-11-20", primaryCondition: "LOW_BACK_PAIN", timeZone: "Europe/London" },
        { origin },
      );
      // The clinician's answer never carries the link: it went only to the patient's email.
      expect(JSON.stringify(invitationSentJson(created.invitation))).not.toMatch(/\/invite\//);
      const patientEmail = await mail.waitFor("ola@patients.example");
      await acceptInvitation(database.db, { token: linkIn(patientEmail.text)!, password: "ola walks the harbour daily" });
      expect((await signInWithPassword(database.db, { email: "ola@patients.example", password: "ola walks the harbour daily", ip: "203.0.113.11" })).ok).toBe(true);
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.BACKTRACK_MODE;
      closeMailTransport();
    }
  }, 60_000);

  it("refuses bad input with one line naming the option, and creates nothing", async () => {
    const before = [await database.db.clinic.count(), await database.db.user.count()];
    const cases: [string[], RegExp][] = [
      [["--name", "Moon Clinic", "--admin-email", "a@moon.example", "--time-zone", "Mars/Olympus"], /^backtrack: --time-zone "Mars\/Olympus": Unknown time zone/],
      [["--name", "harbor physio", "--admin-email", "a@moon.example"], /^backtrack: --name "harbor physio": A clinic named "harbor physio" already exists/],
      [["--name", "Moon Clinic", "--admin-email", "not-an-email"], /^backtrack: --admin-email "not-an-email": Enter a valid email address/],
      [["--name", "Moon Clinic", "--admin-email", "a@moon.example", "--acute-weeks", "5"], /^backtrack: --acute-weeks "5": Acute weeks must be 4 or 6/],
      [["--admin-email", "a@moon.example"], /^backtrack: --name is missing/],
      [["--name", "Moon Clinic", "--admin-email", "a@moon.example", "--colour", "blue"], /^backtrack: Unknown option '--colour'/],
    ];
    const results = await Promise.all(cases.map(([args]) => clinic(["create", ...args])));
    results.forEach((result, index) => {
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(cases[index]![1])]);
    });
    expect([await database.db.clinic.count(), await database.db.user.count()]).toEqual(before);
  }, 90_000);

  it("refuses, in live mode, to create a clinic whose link it could not email", async () => {
    const result = await clinic(["create", "--name", "Moon Clinic", "--admin-email", "a@moon.example"], { SMTP_URL: undefined });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^backtrack: Live mode needs SMTP_URL/);
  }, 60_000);

  it("lists clinics with their staff and patient counts, in either mode", async () => {
    // The admin and the clinician invited above, their patient, and one more.
    const harbor = await database.db.clinic.findFirstOrThrow({ where: { name: "Harbor Physio" } });
    await database.db.user.create({ data: { email: "pat@harbor-physio.example", name: "Pat", role: "PATIENT", clinicId: harbor.id } });
    for (const mode of ["live", "demo"]) {
      const result = await clinic(["list"], { BACKTRACK_MODE: mode });
      expect(result.code).toBe(0);
      const lines = result.stdout.trim().split("\n");
      expect(lines[0]).toMatch(/^Clinic\s+Handle\s+Staff\s+Patients\s+Time zone\s+Acute weeks$/);
      expect(lines).toContainEqual(expect.stringMatching(/^Harbor Physio\s+harbor-physio\s+2\s+2\s+Europe\/London\s+6$/));
    }
  }, 60_000);
});
