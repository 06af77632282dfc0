import article from './article';
import author from './author';
import broadcast from './broadcast';
import broadcastReminder from './broadcast-reminder';
import category from './category';
import change from './change';
import comment from './comment';
import commentReport from './comment-report';
import company from './company';
import credit from './credit';
import creditRank from './credit-rank';
import emailAlert from './email-alert';
import episode from './episode';
import follow from './follow';
import franchise from './franchise';
import genre from './genre';
import kinship from './kinship';
import notifications from '../notifications/content-types';
import outlet from './outlet';
import person from './person';
import platform from './platform';
import resetToken from './reset-token';
import season from './season';
import series from './series';
import statementOfReasons from './statement-of-reasons';
import statusEvent from './status-event';
import webhookAttempt from './webhook-attempt';
import webhookDelivery from './webhook-delivery';
import webhookEndpoint from './webhook-endpoint';
import webhookEvent from './webhook-event';
import webhookSecret from './webhook-secret';

export default {
  article,
  author,
  broadcast,
  'broadcast-reminder': broadcastReminder,
  category,
  change,
  comment,
  'comment-report': commentReport,
  company,
  credit,
  'credit-rank': creditRank,
  'email-alert': emailAlert,
  episode,
  follow,
  franchise,
  genre,
  kinship,
  outlet,
  person,
  platform,
  'reset-token': resetToken,
  season,
  series,
  'statement-of-reasons': statementOfReasons,
  'status-event': statusEvent,
  'webhook-attempt': webhookAttempt,
  'webhook-delivery': webhookDelivery,
  'webhook-endpoint': webhookEndpoint,
  'webhook-event': webhookEvent,
  'webhook-secret': webhookSecret,
  ...notifications,
};
