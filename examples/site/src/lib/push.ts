'use client';

import { execute, problemOf } from './client';
import { RegisterPushSubscription } from '../queries/notifications';

export type PushOutcome = 'enabled' | 'unsupported' | 'denied' | 'unavailable' | { problem: string };

/** The VAPID key as the bytes `pushManager.subscribe` takes. */
const keyBytes = (base64url: string) => {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=');
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
};

/**
 * "Push-Benachrichtigungen aktivieren": registers public/sw.js, asks for permission, subscribes
 * with the API's VAPID key and hands the subscription to the API (registerPushSubscription).
 * The service worker shows what arrives.
 */
export const enablePush = async (vapidPublicKey: string | null | undefined): Promise<PushOutcome> => {
  if (!vapidPublicKey) return 'unavailable';
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return 'unsupported';
  if ((await Notification.requestPermission()) !== 'granted') return 'denied';
  await navigator.serviceWorker.register('/sw.js');
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) }));
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) return { problem: 'The browser returned an incomplete subscription.' };
  const answer = await execute(RegisterPushSubscription, { input: { endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } } });
  const payload = answer.data?.registerPushSubscription;
  return payload?.registered ? 'enabled' : { problem: problemOf(answer, payload?.userErrors) ?? 'registerPushSubscription failed' };
};
