import type { Core } from '@strapi/strapi';
import type { ReaderPorts } from '@showrunner/graphql';
import { getSettings } from '../config/get-settings';
import { getService } from '../get-service';
import { createBudgets } from './budgets';
import { createComments } from './comments';
import { ensureDemoReader } from './demo-reader';
import { createFollows } from './follows';
import { createModeration } from './moderation';
import { createPrivacy } from './privacy';
import { createReports } from './reports';
import { viewerFromToken } from './viewer';

/** Reader data and the GraphQL layer's `ReaderPorts` over it (README.md, "Readers"). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const follows = createFollows(strapi);
  const comments = createComments(strapi);
  const moderation = createModeration(strapi);
  const reportComment = createReports(strapi, comments, moderation);
  const privacy = createPrivacy(strapi);
  let spend: ReturnType<typeof createBudgets> | null = null;
  const budgets = () => (spend ??= createBudgets(getService(strapi, 'accounts').limiters(), getSettings(strapi).readers));

  const ports: ReaderPorts = {
    viewerFromToken: (token) => viewerFromToken(strapi, token),
    spend: (viewer, action) => budgets()(viewer.id, action),
    follow: follows.follow,
    unfollow: follows.unfollow,
    createComment: comments.createComment,
    deleteComment: comments.deleteComment,
    reportComment,
    exportData: privacy.exportData,
    deleteAccount: privacy.deleteAccount,
    get notifications() {
      return getService(strapi, 'notifications').ports();
    },
  };

  return {
    ports: () => ports,
    moderation,
    ensureDemoReader: () => ensureDemoReader(strapi),
  };
};
