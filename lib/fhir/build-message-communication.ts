import type { Communication } from "@medplum/fhirtypes";
import { painObservationId } from "./build-pain-observation";
import { referenceTo, type TFhirLinks } from "./fhir-links";
import type { TExportConversation } from "./patient-export-data";

/** What a conversation was about, in words (the same as the app shows). */
export function conversationTopicText(conversation: Pick<TExportConversation, "topic" | "exercise">): string {
  switch (conversation.topic) {
    case "CHECK_IN":
      return "A check-in";
    case "ALERT":
      return "A red-flag answer";
    case "EXERCISE":
      return conversation.exercise ? `Exercise: ${conversation.exercise.name}` : "An exercise";
    default:
      return "General question";
  }
}

/**
 * Each message between the patient and their care team as a Communication:
 * from the patient to the clinic or the other way, in reply to the one before
 * it, received when someone on the other side first read that far, and about
 * the check-in's pain score when it started from a check-in.
 */
export function buildMessageCommunications(links: TFhirLinks, patientId: string, clinicName: string, conversation: TExportConversation): Communication[] {
  const patientReference = referenceTo(links, "Patient", patientId);
  return conversation.messages.map((message, index) => {
    const fromPatient = message.author.role === "PATIENT";
    const readers = conversation.reads.filter((read) => (read.user.role === "PATIENT") !== fromPatient && read.lastReadAt >= message.createdAt);
    const received = readers.map((read) => read.lastReadAt).sort((a, b) => a.getTime() - b.getTime())[0];
    const previous = conversation.messages[index - 1];
    return {
      resourceType: "Communication",
      id: message.id,
      status: "completed",
      category: [{ text: "Message between the patient and the care team" }],
      subject: patientReference,
      topic: { text: conversationTopicText(conversation) },
      ...(conversation.topic === "CHECK_IN" && conversation.checkInId ? { about: [referenceTo(links, "Observation", painObservationId(conversation.checkInId))] } : {}),
      ...(previous ? { inResponseTo: [referenceTo(links, "Communication", previous.id)] } : {}),
      sent: message.createdAt.toISOString(),
      ...(received ? { received: received.toISOString() } : {}),
      sender: fromPatient ? patientReference : { display: message.author.name },
      recipient: [fromPatient ? { display: clinicName } : patientReference],
      payload: [{ contentString: message.body }],
    };
  });
}
