import type { NotificationKind, NotificationPayload } from './contract';

type Ref = { documentId?: string; slug?: string; title?: string; name?: string } | null | undefined;
type Data = Record<string, any>;

/** Who an event concerns (followers of these series and people) and what they are told. */
export interface PlannedEvent {
  kind: NotificationKind;
  series: string[];
  people: string[];
  payload: NotificationPayload;
}

const ids = (refs: Ref[]) => refs.map((ref) => ref?.documentId).filter((id): id is string => typeof id === 'string' && id !== '');
const seriesTag = (series: Ref, fallback: string) => (series?.documentId ? `series:${series.documentId}` : fallback);
const seriesUrl = (series: Ref) => (series?.slug ? `/serien/${series.slug}` : '/');

const STATUS: Record<string, string> = {
  announced: 'ist angekündigt',
  in_development: 'ist in Entwicklung',
  in_production: 'ist in Produktion',
  returning: 'wird fortgesetzt',
  ended: 'ist beendet',
  cancelled: 'wurde abgesetzt',
};

const berlinTime = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/**
 * The catalogue of kinds: which outbox events notify followers, whom and with what text. Events
 * not listed (article.updated, content.published, …) notify nobody. Texts are German like the site.
 */
const RULES: Record<string, (data: Data) => PlannedEvent | null> = {
  'article.published': (data) => {
    const series: Ref[] = data.series ?? [];
    const people: Ref[] = data.people ?? [];
    const article = data.article ?? {};
    const about = series[0]?.title ?? people[0]?.name ?? 'News';
    return {
      kind: 'news',
      series: ids(series),
      people: ids(people),
      payload: {
        title: about,
        body: String(article.headline ?? ''),
        url: article.slug ? `/news/${article.slug}` : '/',
        tag: seriesTag(series[0], `article:${article.documentId}`),
      },
    };
  },
  'series.renewed': (data) => ({
    kind: 'renewal',
    series: ids([data.series]),
    people: [],
    payload: {
      title: data.series?.title ?? 'Verlängert',
      body: data.season?.number ? `Verlängert: Staffel ${data.season.number} kommt.` : 'Die Serie wurde verlängert.',
      url: seriesUrl(data.series),
      tag: seriesTag(data.series, 'renewal'),
    },
  }),
  'series.status_changed': (data) => ({
    kind: 'renewal',
    series: ids([data.series]),
    people: [],
    payload: {
      title: data.series?.title ?? 'Neuer Status',
      body: `${data.series?.title ?? 'Die Serie'} ${STATUS[data.to] ?? `hat einen neuen Status: ${data.to}`}.`,
      url: seriesUrl(data.series),
      tag: seriesTag(data.series, 'status'),
    },
  }),
  'credit.added': (data) =>
    data.credit?.department !== 'cast'
      ? null
      : {
          kind: 'cast',
          series: ids([data.series]),
          people: ids([data.person]),
          payload: {
            title: data.series?.title ?? 'Besetzung',
            body: `${data.person?.name ?? 'Neu'} spielt mit${data.credit.character ? ` als ${data.credit.character}` : ''}.`,
            url: seriesUrl(data.series),
            tag: seriesTag(data.series, 'cast'),
          },
        },
  // Written by the broadcast scheduler (broadcasts/); handled by its series like every other kind.
  'broadcast.upcoming': (data) => {
    const series: Ref = data.series ?? (data.seriesDocumentId ? { documentId: data.seriesDocumentId } : null);
    const startsAt = data.startsAt ?? data.broadcast?.startsAt;
    const channel = data.channel?.name ?? data.channelName ?? data.broadcast?.channel ?? '';
    const episode = data.episode?.title ?? data.episodeTitle ?? '';
    return {
      kind: 'broadcast',
      series: ids([series]),
      people: [],
      payload: {
        title: series?.title ?? data.seriesTitle ?? 'TV-Termin',
        body: [episode && `„${episode}“`, startsAt && `${berlinTime(startsAt)} Uhr`, channel && `auf ${channel}`].filter(Boolean).join(' ') || 'Gleich im TV',
        url: seriesUrl(series),
        tag: seriesTag(series, 'broadcast'),
      },
    };
  },
};

export const NOTIFYING_EVENT_TYPES = Object.keys(RULES);

/** What an outbox event means for followers, or null when it notifies nobody. */
export const planEvent = (eventType: string, payloadJson: string | null): PlannedEvent | null => {
  const rule = RULES[eventType];
  if (!rule || !payloadJson) return null;
  let data: Data;
  try {
    data = JSON.parse(payloadJson)?.data ?? {};
  } catch {
    return null;
  }
  const planned = rule(data);
  return planned && planned.series.length + planned.people.length > 0 ? planned : null;
};
