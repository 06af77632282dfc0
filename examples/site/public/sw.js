/* global self, clients */
/**
 * The site's service worker: shows the pushes the API sends (a JSON payload of title, body, url
 * and tag, as docs/notifications.md describes) and opens their page when one is clicked. A newer
 * push with the same tag replaces the older notification.
 */
self.addEventListener('push', (event) => {
  let payload = {};
  try {
    payload = event.data ? event.data.json() : {};
  } catch {
    payload = { body: event.data ? event.data.text() : '' };
  }
  const title = payload.title || 'Showrunner';
  event.waitUntil(self.registration.showNotification(title, { body: payload.body || '', tag: payload.tag, data: { url: payload.url || '/' } }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(clients.openWindow(new URL(event.notification.data.url, self.location.origin).href));
});
