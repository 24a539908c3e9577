"use client";

import { useEffect, useState } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { callApi } from "@/lib/api/api-client";
import { pushPublicKeyEndpoint, subscribePushEndpoint, unsubscribePushEndpoint } from "@/lib/push/push-endpoints";
import { browserOf, readPushState, turnPushOff, turnPushOn, type TPushServer, type TPushState } from "./browser-push";

const BUTTON = "min-h-11 rounded-md px-4 font-semibold disabled:opacity-60";

const server: TPushServer = {
  publicKey: async () => (await callApi(pushPublicKeyEndpoint)).publicKey,
  save: async (subscription) => {
    const { endpoint, keys, expirationTime } = subscription;
    await callApi(subscribePushEndpoint, { body: { endpoint: endpoint ?? "", expirationTime, keys: { p256dh: keys?.p256dh ?? "", auth: keys?.auth ?? "" } } });
  },
  remove: async (endpoint) => {
    await callApi(unsubscribePushEndpoint, { body: { endpoint } });
  },
};

export const PUSH_STATE_TEXT: Record<TPushState, string> = {
  checking: "Checking this device…",
  unsupported: "This browser cannot show reminders. Try Chrome, Edge, Firefox or Safari, or use email reminders.",
  "needs-install": "On an iPhone or iPad, first add BackTrack to your Home Screen (Share, then “Add to Home Screen”), open it from there, and turn reminders on.",
  blocked: "Notifications are blocked for BackTrack in this browser. Allow them in the browser’s site settings, then come back.",
  on: "Reminders are on for this device.",
  off: "Reminders are off for this device.",
};

/**
 * "Get reminders on this device": subscribes this browser to web push with the
 * server's key, or stops it. The browser asks for permission only when the
 * button is pressed. The state is read from the browser itself, since a
 * subscription belongs to one browser and not to the account.
 */
export function PushToggle() {
  const [state, setState] = useState<TPushState>("checking");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    readPushState(browserOf(window), server).then(
      (next) => current && setState(next),
      () => current && setState("off"),
    );
    return () => {
      current = false;
    };
  }, []);

  async function change(turn: typeof turnPushOn) {
    setBusy(true);
    setError(null);
    try {
      setState(await turn(browserOf(window), server));
    } catch (caught) {
      setError(caught instanceof Error && caught.name === "ApiClientError" ? caught.message : "This device could not turn reminders on. Try again later, or use email reminders.");
      setState(await readPushState(browserOf(window)).catch(() => "off" as const));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <p role="status" className="font-medium">
        {PUSH_STATE_TEXT[state]}
      </p>
      {state === "off" ? (
        <button type="button" disabled={busy} onClick={() => void change(turnPushOn)} className={`${BUTTON} bg-brand-700 text-white hover:bg-brand-800`}>
          Get reminders on this device
        </button>
      ) : null}
      {state === "on" ? (
        <button type="button" disabled={busy} onClick={() => void change(turnPushOff)} className={`${BUTTON} border-2 border-brand-700 text-brand-800`}>
          Stop reminders on this device
        </button>
      ) : null}
    </div>
  );
}
