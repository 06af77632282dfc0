import type { DerivedEvent } from '../../webhooks/derive';
import { seriesRef, type Row } from '../../webhooks/payloads';

/**
 * One reminder per broadcast and start time: an editor who moves a broadcast to another time gets
 * a reminder for the new time, a republish without a change does not get a second one.
 */
export const reminderKey = (broadcast: Row) => `${broadcast.documentId}@${new Date(broadcast.startsAt).toISOString()}`;

/** The `broadcast.upcoming` payload: everything a reminder needs to say what runs where and when, without a round trip. */
export const upcomingEvent = (broadcast: Row): DerivedEvent => {
  const episode = broadcast.episode ?? null;
  const season = episode?.season ?? null;
  return {
    type: 'broadcast.upcoming',
    locale: null,
    data: {
      broadcast: {
        documentId: broadcast.documentId,
        startsAt: new Date(broadcast.startsAt).toISOString(),
        airing: broadcast.airing ?? 'first_run',
      },
      channel: broadcast.channel ? { documentId: broadcast.channel.documentId, name: broadcast.channel.name } : null,
      episode: episode ? { documentId: episode.documentId, number: episode.number ?? null, title: episode.title ?? null } : null,
      season: season ? { documentId: season.documentId, number: season.number ?? null } : null,
      series: seriesRef(season?.series),
    },
  };
};
