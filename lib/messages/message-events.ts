import pg from "pg";
import type { TViewer } from "../auth/viewer-types";
import type { TDatabase } from "../db/client";
import type { Prisma } from "../db/generated/client";

/*
 * Live updates across app instances: a change to a conversation (a message, a
 * read receipt, a close) is announced with PostgreSQL NOTIFY inside the same
 * transaction, so it is sent only if the change commits, and every instance
 * LISTENing hears it. The payload carries ids only, never message text; each
 * open stream (app/api/v1/messages/events) passes on the events its viewer
 * may see, and the browser then fetches through the API and its access checks.
 */

export const MESSAGE_CHANNEL = "backtrack_messages";

export interface TConversationEvent {
  conversationId: string;
  patientId: string;
  clinicId: string;
}

type TNotifier = Pick<TDatabase, "$executeRaw"> | Prisma.TransactionClient;

export async function publishConversationEvent(db: TNotifier, event: TConversationEvent): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${MESSAGE_CHANNEL}, ${JSON.stringify(event)})`;
}

/** Whether a viewer may hear about this conversation: the same rule as conversationScope (lib/auth/access.ts). */
export function viewerMayHear(viewer: Pick<TViewer, "role" | "userId" | "clinicId">, event: TConversationEvent): boolean {
  if (viewer.role === "PATIENT") return event.patientId === viewer.userId;
  if (viewer.role === "CLINICIAN") return event.clinicId === viewer.clinicId;
  return false;
}

export function parseConversationEvent(payload: string | undefined): TConversationEvent | null {
  try {
    const value = JSON.parse(payload ?? "") as Partial<TConversationEvent>;
    if (typeof value.conversationId === "string" && typeof value.patientId === "string" && typeof value.clinicId === "string") {
      return { conversationId: value.conversationId, patientId: value.patientId, clinicId: value.clinicId };
    }
  } catch {
    // Not ours: ignored.
  }
  return null;
}

type TSubscriber = {
  onEvent(event: TConversationEvent): void;
  /** The listening connection was lost: the stream ends, and the browser reconnects and refetches. */
  onLost(): void;
};

/**
 * One LISTEN connection per process, shared by every open stream. It is
 * opened with the first subscriber and closed with the last; when it fails,
 * every stream is ended (events may have been missed) and the next subscriber
 * opens a new one.
 */
class ConversationEventHub {
  private readonly subscribers = new Set<TSubscriber>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;

  constructor(private readonly connectionString: () => string) {}

  async subscribe(subscriber: TSubscriber): Promise<() => void> {
    this.subscribers.add(subscriber);
    try {
      await this.connect();
    } catch (error) {
      this.subscribers.delete(subscriber);
      throw error;
    }
    return () => {
      this.subscribers.delete(subscriber);
      if (this.subscribers.size === 0) this.disconnect();
    };
  }

  /** Ends every stream (shutdown): the browsers reconnect to another instance or poll. */
  endAll(): void {
    for (const subscriber of [...this.subscribers]) subscriber.onLost();
    this.subscribers.clear();
    this.disconnect();
  }

  get size(): number {
    return this.subscribers.size;
  }

  private connect(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString(), keepAlive: true, connectionTimeoutMillis: 5_000 });
      client.on("notification", (message) => {
        if (message.channel !== MESSAGE_CHANNEL) return;
        const event = parseConversationEvent(message.payload);
        if (!event) return;
        for (const subscriber of this.subscribers) subscriber.onEvent(event);
      });
      const lost = () => {
        if (this.client !== client) return;
        this.client = null;
        for (const subscriber of [...this.subscribers]) subscriber.onLost();
        this.subscribers.clear();
        client.end().catch(() => undefined);
      };
      client.on("error", lost);
      client.on("end", lost);
      try {
        await client.connect();
        await client.query(`LISTEN ${MESSAGE_CHANNEL}`);
      } catch (error) {
        client.end().catch(() => undefined);
        throw error;
      }
      this.client = client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private disconnect(): void {
    const client = this.client;
    this.client = null;
    client?.end().catch(() => undefined);
  }
}

export function createConversationEventHub(connectionString: () => string): ConversationEventHub {
  return new ConversationEventHub(connectionString);
}

export type TConversationEventHub = ConversationEventHub;
