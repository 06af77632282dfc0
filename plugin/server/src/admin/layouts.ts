import { UID } from '../../../../types/domain/uids';
import { WEBHOOK_UID } from '../webhooks/uids';

export interface TypeLayout {
  mainField: string;
  list: string[];
  /** Rows of fields the editor sees together; fields not named here follow in schema order. */
  groups: string[][];
  sort?: [field: string, order: 'ASC' | 'DESC'];
}

export const LAYOUTS: Record<string, TypeLayout> = {
  [UID.series]: {
    mainField: 'title',
    list: ['title', 'seriesStatus', 'platforms', 'originalNetwork', 'franchise'],
    groups: [
      ['title', 'originalTitle'],
      ['slug', 'seriesType'],
      ['seriesStatus', 'franchise'],
      ['synopsis'],
      ['platforms', 'originalNetwork'],
      ['spinoffOf', 'spinoffs'],
      ['seasons', 'credits'],
      ['statusEvents', 'articles'],
    ],
  },
  [UID.season]: {
    mainField: 'title',
    list: ['series', 'number', 'seasonStatus', 'episodeCount', 'premiereDate'],
    groups: [
      ['series', 'number'],
      ['title', 'seasonStatus'],
      ['episodeCount', 'releasePattern'],
      ['premiereDate', 'premiereDatePrecision'],
      ['productionStart', 'productionStartPrecision', 'filmingLocation'],
    ],
    sort: ['number', 'ASC'],
  },
  [UID.episode]: {
    mainField: 'title',
    list: ['season', 'number', 'title', 'airDate'],
    groups: [
      ['season', 'number'],
      ['title', 'airDate'],
    ],
  },
  [UID.broadcast]: {
    mainField: 'startsAt',
    list: ['startsAt', 'episode', 'channel', 'airing'],
    groups: [
      ['episode', 'channel'],
      ['startsAt', 'airing'],
    ],
    sort: ['startsAt', 'DESC'],
  },
  [UID.person]: { mainField: 'name', list: ['name', 'birthYear', 'credits'], groups: [['name', 'slug'], ['birthDate', 'birthYear'], ['biography']] },
  [UID.kinship]: {
    mainField: 'detail',
    list: ['person', 'kind', 'relative', 'detail'],
    groups: [
      ['person', 'relative'],
      ['kind', 'detail'],
    ],
  },
  [UID.credit]: {
    mainField: 'character',
    list: ['person', 'character', 'series', 'department', 'billing', 'job'],
    groups: [
      ['person', 'series'],
      ['department', 'seasons'],
      ['character', 'billing'],
      ['characterSourceName', 'order'],
      ['characterDescription'],
      ['job', 'onBehalfOf'],
      ['announcedOn', 'announcedBy'],
    ],
    sort: ['order', 'ASC'],
  },
  [UID.statusEvent]: {
    mainField: 'kind',
    list: ['series', 'kind', 'season', 'reportedAt', 'confirmedOn'],
    groups: [
      ['series', 'season'],
      ['kind'],
      ['reportedAt', 'reportedBy'],
      ['reportUrl'],
      ['confirmedOn', 'confirmedOnPrecision'],
      ['confirmedBy'],
      ['statement'],
      ['statementBy'],
    ],
    sort: ['reportedAt', 'DESC'],
  },
  [UID.article]: {
    mainField: 'headline',
    list: ['headline', 'author', 'category', 'publishedOn'],
    groups: [['kicker', 'headline'], ['slug', 'publishedOn'], ['author', 'category'], ['teaser'], ['body'], ['series', 'people'], ['sources', 'statusEvents']],
    sort: ['publishedOn', 'DESC'],
  },
  [UID.comment]: {
    mainField: 'authorName',
    list: ['authorName', 'article', 'moderation', 'reportCount', 'postedAt'],
    groups: [['article', 'replyTo'], ['authorName', 'postedAt'], ['body'], ['moderation', 'reportCount']],
  },
  [UID.platform]: {
    mainField: 'name',
    list: ['name', 'kind', 'businessModel', 'active'],
    groups: [
      ['name', 'slug'],
      ['kind', 'businessModel'],
      ['active', 'owner'],
    ],
  },
  [UID.company]: { mainField: 'name', list: ['name', 'kind'], groups: [['name', 'slug']] },
  [UID.franchise]: { mainField: 'name', list: ['name', 'series'], groups: [['name', 'slug'], ['description']] },
  [UID.genre]: { mainField: 'name', list: ['name'], groups: [['name', 'slug']] },
  [UID.outlet]: {
    mainField: 'name',
    list: ['name', 'kind', 'url'],
    groups: [
      ['name', 'slug'],
      ['kind', 'url'],
    ],
  },
  [UID.author]: { mainField: 'name', list: ['name'], groups: [['name', 'slug'], ['bio']] },
  [UID.category]: { mainField: 'name', list: ['name'], groups: [['name', 'slug']] },
  [WEBHOOK_UID.endpoint]: {
    mainField: 'name',
    list: ['name', 'targetUrl', 'enabled', 'source', 'events'],
    groups: [['name', 'enabled'], ['targetUrl'], ['events'], ['source', 'secretHint'], ['disabledReason']],
  },
  [WEBHOOK_UID.event]: {
    mainField: 'eventType',
    list: ['eventType', 'subjectType', 'subjectDocumentId', 'subjectLocale', 'occurredAt'],
    groups: [['eventType', 'occurredAt'], ['subjectType', 'subjectDocumentId', 'subjectLocale'], ['messageId'], ['payload']],
    sort: ['occurredAt', 'DESC'],
  },
  [WEBHOOK_UID.delivery]: {
    mainField: 'targetUrl',
    list: ['eventType', 'targetUrl', 'state', 'attemptCount', 'lastStatusCode', 'nextAttemptAt'],
    groups: [
      ['eventType', 'state'],
      ['targetUrl'],
      ['attemptCount', 'nextAttemptAt'],
      ['lastStatusCode', 'deliveredAt'],
      ['lastError'],
      ['event', 'endpoint'],
      ['attempts'],
      ['replayOf'],
    ],
    sort: ['createdAt', 'DESC'],
  },
  [WEBHOOK_UID.attempt]: {
    mainField: 'summary',
    list: ['eventType', 'targetUrl', 'attemptNumber', 'outcome', 'statusCode', 'durationMs', 'startedAt'],
    groups: [
      ['summary'],
      ['delivery', 'attemptNumber'],
      ['eventType', 'messageId'],
      ['targetUrl'],
      ['startedAt', 'durationMs'],
      ['outcome', 'statusCode'],
      ['error'],
      ['responseExcerpt'],
      ['instance'],
    ],
    sort: ['startedAt', 'DESC'],
  },
};
