import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../prisma/seed";
import { loadLibrary } from "../content/load-library";
import { syncCatalog } from "../content/sync-catalog";
import { useTestDatabase } from "../../tools/testing/test-database";
import { viewerFor } from "../../tools/testing/viewers";
import type { TViewer } from "../auth/viewer-types";
import { InvalidInputError, NotFoundError, TryLaterError } from "../errors/domain-errors";
import {
  countUnreadConversations,
  getConversation,
  listConversations,
  markConversationRead,
  MESSAGES_PER_MINUTE,
  sendMessage,
  startConversation,
  updateConversation,
} from "./conversations";
import { createConversationEventHub, type TConversationEvent } from "./message-events";
import { addReplyTemplate, listReplyTemplates, retireReplyTemplate } from "./reply-templates";

describe("messages between a patient and the care team", () => {
  const database = useTestDatabase();
  let maria: TViewer;
  let james: TViewer;
  let lee: TViewer;
  let patel: TViewer;
  let kim: TViewer;
  let admin: TViewer;
  let noah: TViewer;
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
    [maria, james, lee, patel, kim, admin, noah] = await Promise.all(
      ["maria", "james", "lee", "patel", "admin"].map((name) => viewerFor(database.db, `${name}@riverside.example`)).concat([viewerFor(database.db, "kim@harbor.example"), viewerFor(database.db, "noah@harbor.example")]),
    ).then(([m, j, l, p, a, k, n]) => [m!, j!, l!, p!, k!, a!, n!]);
  });

  it("a patient starts a conversation about a plan exercise; the clinic sees it unread, reads it, and the patient sees the receipt", async () => {
    const plan = await database.db.exercisePlanItem.findFirstOrThrow({ where: { version: { plan: { patientId: james.userId } } }, select: { exerciseId: true, exercise: { select: { name: true } } } });
    const started = await startConversation(database.db, james, { topic: "EXERCISE", exerciseId: plan.exerciseId, body: "The bridge hurts on the way up. Normal?", requestId: randomUUID() });
    expect(started.emergencySigns).toEqual([]);

    const inbox = await listConversations(database.db, lee, {});
    const row = inbox.conversations.find((conversation) => conversation.id === started.conversationId);
    expect(row).toMatchObject({ patientName: expect.any(String), about: `Exercise: ${plan.exercise.name}`, unread: true, awaitingClinic: true, topic: "EXERCISE" });
    expect(await countUnreadConversations(database.db, lee)).toBeGreaterThanOrEqual(1);
    expect(await countUnreadConversations(database.db, james)).toBe(0);

    const before = await database.db.auditEvent.count({ where: { patientId: james.userId, action: "patient.messages.view", actorId: lee.userId } });
    await getConversation(database.db, lee, started.conversationId);
    expect(await database.db.auditEvent.count({ where: { patientId: james.userId, action: "patient.messages.view", actorId: lee.userId } })).toBe(before + 1);
    await markConversationRead(database.db, lee, started.conversationId);

    const seen = await getConversation(database.db, james, started.conversationId);
    expect(seen.messages[0]?.fromViewer).toBe(true);
    expect(seen.messages[0]?.seenBy.map((reader) => reader.name)).toEqual([lee.name]);

    await sendMessage(database.db, lee, started.conversationId, { body: "Yes, a little is fine. Go lower if it is sharp.", requestId: randomUUID() });
    expect(await countUnreadConversations(database.db, james)).toBe(1);
    const reply = await getConversation(database.db, james, started.conversationId);
    expect(reply.conversation.awaitingClinic).toBe(false);
    expect(reply.messages.map((message) => message.author.name)).toEqual([james.name, lee.name]);
    expect(reply.messages[1]?.seenBy).toEqual([]);
    await markConversationRead(database.db, james, started.conversationId);
    expect(await countUnreadConversations(database.db, james)).toBe(0);
    const afterRead = await getConversation(database.db, lee, started.conversationId);
    expect(afterRead.messages[1]?.seenBy.map((reader) => reader.name)).toEqual([james.name]);
  });

  it("stores a retried send once, and refuses to reuse a request id in another conversation", async () => {
    const requestId = randomUUID();
    const first = await startConversation(database.db, maria, { body: "Can I swim?", requestId });
    const again = await startConversation(database.db, maria, { body: "Can I swim?", requestId });
    expect(again.conversationId).toBe(first.conversationId);
    expect(await database.db.message.count({ where: { authorId: maria.userId, requestId } })).toBe(1);

    const other = await startConversation(database.db, maria, { body: "Another question", requestId: randomUUID() });
    const raced = await Promise.all([1, 2, 3].map(() => sendMessage(database.db, maria, other.conversationId, { body: "Same send, three times", requestId: "3b7a1b34-4c47-4f6e-9b1e-0d6b6f1b2c3d" })));
    expect(new Set(raced.map((result) => result.messageId)).size).toBe(1);
    await expect(sendMessage(database.db, maria, first.conversationId, { body: "Same send, three times", requestId: "3b7a1b34-4c47-4f6e-9b1e-0d6b6f1b2c3d" })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("flags a patient's message that mentions emergency signs, and the inbox filter finds it", async () => {
    const started = await startConversation(database.db, maria, { body: "Since this morning I can't feel my bottom when I sit and I wet myself", requestId: randomUUID() });
    expect(started.emergencySigns).toEqual(expect.arrayContaining(["BLADDER_BOWEL", "SADDLE_NUMBNESS"]));
    const flagged = await listConversations(database.db, lee, { filter: "emergency" });
    expect(flagged.conversations.map((conversation) => conversation.id)).toContain(started.conversationId);
    expect(flagged.conversations.every((conversation) => conversation.emergencyFlagged)).toBe(true);
  });

  it("keeps each side to its own: other patients, other clinics and admins see nothing", async () => {
    const started = await startConversation(database.db, maria, { body: "Private question", requestId: randomUUID() });
    for (const viewer of [james, kim, admin, noah]) {
      await expect(getConversation(database.db, viewer, started.conversationId), viewer.email).rejects.toBeInstanceOf(NotFoundError);
      await expect(sendMessage(database.db, viewer, started.conversationId, { body: "hi", requestId: randomUUID() }), viewer.email).rejects.toBeInstanceOf(NotFoundError);
      await expect(markConversationRead(database.db, viewer, started.conversationId), viewer.email).rejects.toBeInstanceOf(NotFoundError);
    }
    expect((await listConversations(database.db, kim, {})).conversations.map((conversation) => conversation.patientId)).not.toContain(maria.userId);
    expect((await listConversations(database.db, james, {})).conversations.every((conversation) => conversation.patientId === james.userId)).toBe(true);
    await expect(listConversations(database.db, admin, {})).rejects.toBeInstanceOf(NotFoundError);
    // A clinician of another clinic cannot write to Maria either; the refusal is recorded for her.
    await expect(startConversation(database.db, kim, { patientId: maria.userId, body: "hello", requestId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.auditEvent.count({ where: { patientId: maria.userId, actorId: kim.userId, action: "patient.access.refused" } })).toBeGreaterThan(0);
  });

  it("refuses a topic link that is not the patient's own", async () => {
    const othersCheckIn = await database.db.checkIn.findFirstOrThrow({ where: { patientId: { not: maria.userId } }, select: { id: true } });
    await expect(startConversation(database.db, maria, { topic: "CHECK_IN", checkInId: othersCheckIn.id, body: "About that day", requestId: randomUUID() })).rejects.toMatchObject({
      fields: { checkInId: ["That check-in is not one of this patient's."] },
    });
    await expect(startConversation(database.db, maria, { topic: "CHECK_IN", body: "No link", requestId: randomUUID() })).rejects.toMatchObject({ fields: { checkInId: expect.any(Array) } });
    await expect(startConversation(database.db, maria, { body: "x".repeat(5001), requestId: randomUUID() })).rejects.toMatchObject({ fields: { body: ["A message can be up to 5,000 characters."] } });
    await expect(startConversation(database.db, maria, { body: "   ", requestId: randomUUID() })).rejects.toMatchObject({ fields: { body: ["Write a message."] } });
  });

  it("clinicians assign, close and reopen; the unanswered and mine filters follow", async () => {
    const started = await startConversation(database.db, james, { body: "Question for the team", requestId: randomUUID() });
    await expect(updateConversation(database.db, lee, started.conversationId, { assignedToId: kim.userId })).rejects.toBeInstanceOf(InvalidInputError);
    const assigned = await updateConversation(database.db, lee, started.conversationId, { assignedToId: patel.userId });
    expect(assigned.assignedTo?.name).toBe(patel.name);
    expect((await listConversations(database.db, patel, { filter: "mine" })).conversations.map((conversation) => conversation.id)).toContain(started.conversationId);
    expect((await listConversations(database.db, lee, { filter: "mine" })).conversations.map((conversation) => conversation.id)).not.toContain(started.conversationId);

    await database.db.conversation.update({ where: { id: started.conversationId }, data: { lastMessageAt: new Date(Date.now() - 25 * 3_600_000) } });
    expect((await listConversations(database.db, lee, { filter: "unanswered" })).conversations.map((conversation) => conversation.id)).toContain(started.conversationId);

    await updateConversation(database.db, lee, started.conversationId, { status: "CLOSED" });
    expect((await listConversations(database.db, lee, {})).conversations.map((conversation) => conversation.id)).not.toContain(started.conversationId);
    expect((await listConversations(database.db, lee, { status: "closed" })).conversations.map((conversation) => conversation.id)).toContain(started.conversationId);
    await sendMessage(database.db, james, started.conversationId, { body: "One more thing", requestId: randomUUID() });
    expect((await listConversations(database.db, lee, {})).conversations.map((conversation) => conversation.id)).toContain(started.conversationId);
    await expect(updateConversation(database.db, james, started.conversationId, { status: "CLOSED" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("records one audit event per inbox page, naming the patients shown", async () => {
    const before = await database.db.auditEvent.count({ where: { action: "conversations.list", actorId: lee.userId } });
    const page = await listConversations(database.db, lee, {});
    const event = await database.db.auditEvent.findFirstOrThrow({ where: { action: "conversations.list", actorId: lee.userId }, orderBy: { at: "desc" } });
    expect(await database.db.auditEvent.count({ where: { action: "conversations.list", actorId: lee.userId } })).toBe(before + 1);
    expect(new Set(event.subjectIds)).toEqual(new Set(page.conversations.map((conversation) => conversation.patientId)));
  });

  it("limits sending to 30 messages a minute per person", async () => {
    const started = await startConversation(database.db, noah, { body: "First", requestId: randomUUID() });
    for (let index = 1; index < MESSAGES_PER_MINUTE; index += 1) {
      await sendMessage(database.db, noah, started.conversationId, { body: `Message ${index}`, requestId: randomUUID() });
    }
    await expect(sendMessage(database.db, noah, started.conversationId, { body: "One too many", requestId: randomUUID() })).rejects.toBeInstanceOf(TryLaterError);
    expect(await database.db.message.count({ where: { authorId: noah.userId } })).toBe(MESSAGES_PER_MINUTE);
  });

  it("announces changes through LISTEN/NOTIFY only after they commit, with ids and no text", async () => {
    const hub = createConversationEventHub(() => database.url);
    const events: TConversationEvent[] = [];
    let lost = false;
    const unsubscribe = await hub.subscribe({ onEvent: (event) => events.push(event), onLost: () => (lost = true) });
    try {
      const started = await startConversation(database.db, maria, { body: "Live question with words", requestId: randomUUID() });
      await expect.poll(() => events.map((event) => event.conversationId)).toContain(started.conversationId);
      expect(JSON.stringify(events)).not.toContain("Live question");
      const event = events.find((candidate) => candidate.conversationId === started.conversationId);
      expect(event).toEqual({ conversationId: started.conversationId, patientId: maria.userId, clinicId: maria.clinicId });
      // A refused send (rate limit, bad input) publishes nothing.
      const count = events.length;
      await expect(sendMessage(database.db, maria, started.conversationId, { body: "", requestId: randomUUID() })).rejects.toBeInstanceOf(InvalidInputError);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(events.length).toBe(count);
    } finally {
      unsubscribe();
    }
    expect(lost).toBe(false);
    expect(hub.size).toBe(0);
  });

  it("keeps the clinic's saved replies for its clinicians only", async () => {
    const template = await addReplyTemplate(database.db, lee, { title: "Exercise soreness", body: "Some soreness after a new exercise is normal." });
    expect((await listReplyTemplates(database.db, patel)).map((entry) => entry.id)).toContain(template.id);
    expect((await listReplyTemplates(database.db, kim)).map((entry) => entry.id)).not.toContain(template.id);
    await expect(listReplyTemplates(database.db, maria)).rejects.toBeInstanceOf(NotFoundError);
    await expect(retireReplyTemplate(database.db, kim, template.id)).rejects.toBeInstanceOf(NotFoundError);
    await retireReplyTemplate(database.db, patel, template.id);
    expect((await listReplyTemplates(database.db, lee)).map((entry) => entry.id)).not.toContain(template.id);
  });
});

describe("a new message notifies the other side, without its words", () => {
  const database = useTestDatabase();
  beforeAll(async () => {
    await syncCatalog(database.db, loadLibrary());
    await seedDemoData(database.db, { password: "backtrack-demo" });
  });

  it("a patient's message notifies the care team, a reply notifies the patient, and a retry notifies nobody again", async () => {
    const maria = await viewerFor(database.db, "maria@riverside.example");
    const lee = await viewerFor(database.db, "lee@riverside.example");
    const requestId = randomUUID();
    const started = await startConversation(database.db, maria, { body: "My knee gave way on the stairs twice", requestId });
    await startConversation(database.db, maria, { body: "My knee gave way on the stairs twice", requestId });
    const team = await database.db.careTeamMember.findMany({ where: { patientId: maria.userId }, select: { clinicianId: true } });
    const expected = team.length > 0 ? team.map((member) => member.clinicianId) : (await database.db.user.findMany({ where: { clinicId: maria.clinicId, role: "CLINICIAN" }, select: { id: true } })).map((user) => user.id);
    const toClinic = await database.db.notification.findMany({ where: { kind: "NEW_MESSAGE", link: `/inbox/${started.conversationId}` }, select: { userId: true } });
    expect(toClinic.map((row) => row.userId).sort()).toEqual([...expected].sort());

    await sendMessage(database.db, lee, started.conversationId, { body: "Please call us today.", requestId: randomUUID() });
    const toPatient = await database.db.notification.findMany({ where: { kind: "NEW_MESSAGE", userId: maria.userId }, select: { link: true } });
    expect(toPatient).toEqual([{ link: `/messages/${started.conversationId}` }]);
    const deliveries = await database.db.notificationDelivery.findMany({ where: { notification: { userId: maria.userId, kind: "NEW_MESSAGE" } }, select: { channel: true } });
    expect(deliveries.map((delivery) => delivery.channel)).toEqual(["EMAIL"]);

    // Once a browser of hers allowed notifications, the next reply goes there too.
    await database.db.pushSubscription.create({ data: { userId: maria.userId, endpoint: "https://push.example/maria-phone", p256dh: "key", auth: "secret" } });
    await sendMessage(database.db, lee, started.conversationId, { body: "Or reply here.", requestId: randomUUID() });
    const channels = await database.db.notificationDelivery.findMany({ where: { notification: { userId: maria.userId, kind: "NEW_MESSAGE" } }, select: { channel: true } });
    expect(channels.map((delivery) => delivery.channel).sort()).toEqual(["EMAIL", "EMAIL", "PUSH"]);
  });
});
