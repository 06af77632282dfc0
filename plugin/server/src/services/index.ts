import accounts from '../accounts/service';
import adminLayouts from './admin-layouts';
import broadcasts from '../notifications/broadcasts/service';
import demoContent from './demo-content';
import emailAlerts from '../notifications/alerts/service';
import graphql from '../graphql/service';
import locales from './locales';
import notifications from '../notifications/service';
import readers from '../readers/service';
import roles from './roles';
import searchText from './search-text';
import validation from './validation';
import webhooks from './webhooks';

export default {
  accounts,
  'admin-layouts': adminLayouts,
  broadcasts,
  'demo-content': demoContent,
  'email-alerts': emailAlerts,
  graphql,
  locales,
  notifications,
  readers,
  roles,
  'search-text': searchText,
  validation,
  webhooks,
};
