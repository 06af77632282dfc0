import { planEvent } from '../../../plugin/server/src/notifications/events';
import { topicOf } from '../../../plugin/server/src/notifications/channels/push';

const event = (data: Record<string, unknown>) => JSON.stringify({ type: 'x', timestamp: '2026-01-01T00:00:00Z', data });
const ballard = { documentId: 'k3z0s2f8q1w9e7r5t4y6u2i0', slug: 'ballard', title: 'Ballard' };

describe('which outbox events notify whom', () => {
  it('article.published tagged with a series is news for its followers, titled with the series', () => {
    const planned = planEvent('article.published', event({ article: { documentId: 'a1', slug: 'neue-staffel', headline: 'Neue Staffel' }, series: [ballard] }));
    expect(planned).toEqual({
      kind: 'news',
      series: [ballard.documentId],
      people: [],
      payload: { title: 'Ballard', body: 'Neue Staffel', url: '/news/neue-staffel', tag: `series:${ballard.documentId}` },
    });
  });

  it('renewals, status changes, cast credits and broadcasts map to their kinds; crew credits and untagged articles notify nobody', () => {
    expect(planEvent('series.renewed', event({ series: ballard, season: { number: 3 } }))?.kind).toBe('renewal');
    expect(planEvent('series.status_changed', event({ series: ballard, from: 'returning', to: 'ended' }))?.payload.body).toBe('Ballard ist beendet.');
    const cast = planEvent(
      'credit.added',
      event({ credit: { department: 'cast', character: 'Ballard' }, person: { documentId: 'p1', name: 'Maggie Q' }, series: ballard })
    );
    expect(cast).toMatchObject({ kind: 'cast', series: [ballard.documentId], people: ['p1'] });
    expect(planEvent('credit.added', event({ credit: { department: 'crew' }, person: { documentId: 'p1' }, series: ballard }))).toBeNull();
    expect(planEvent('article.published', event({ article: { documentId: 'a2' }, series: [] }))).toBeNull();
    expect(planEvent('article.updated', event({ article: { documentId: 'a1' }, series: [ballard] }))).toBeNull();
    const broadcast = planEvent(
      'broadcast.upcoming',
      event({ seriesDocumentId: ballard.documentId, startsAt: '2026-01-15T19:15:00Z', channelName: 'ZDF', episodeTitle: 'Pilot' })
    );
    expect(broadcast).toMatchObject({ kind: 'broadcast', series: [ballard.documentId] });
    expect(broadcast?.payload.body).toContain('20:15');
  });

  it('ignores a payload that is not JSON', () => {
    expect(planEvent('article.published', '{nope')).toBeNull();
  });
});

describe('push topics', () => {
  it('are at most 32 base64url characters, the same for the same tag', () => {
    expect(topicOf(`series:${ballard.documentId}`)).toBe(`series-${ballard.documentId}`);
    const long = topicOf('article:'.padEnd(60, 'x'));
    expect(long).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(topicOf('article:'.padEnd(60, 'x'))).toBe(long);
  });
});
