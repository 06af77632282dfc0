/** Content-type uids of the plugin, in one place so a rename is one edit. */
export const UID = {
  series: 'plugin::showrunner.series',
  season: 'plugin::showrunner.season',
  episode: 'plugin::showrunner.episode',
  broadcast: 'plugin::showrunner.broadcast',
  person: 'plugin::showrunner.person',
  kinship: 'plugin::showrunner.kinship',
  credit: 'plugin::showrunner.credit',
  statusEvent: 'plugin::showrunner.status-event',
  article: 'plugin::showrunner.article',
  comment: 'plugin::showrunner.comment',
  platform: 'plugin::showrunner.platform',
  company: 'plugin::showrunner.company',
  franchise: 'plugin::showrunner.franchise',
  genre: 'plugin::showrunner.genre',
  outlet: 'plugin::showrunner.outlet',
  author: 'plugin::showrunner.author',
  category: 'plugin::showrunner.category',
} as const;

export type ShowrunnerUid = (typeof UID)[keyof typeof UID];

export const isShowrunnerUid = (uid: string): uid is ShowrunnerUid => uid.startsWith('plugin::showrunner.');

/** The order of each series' cast and crew, kept on write for the read path (graphql/src/store/credit-order.ts); hidden, not editorial. */
export const CREDIT_RANK_UID = 'plugin::showrunner.credit-rank';
