/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CommentList on CommentConnection {\n    totalCount\n    nodes {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CommentListFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    postedAt\n    removed\n    viewerCanDelete\n    viewerHasReported\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query ArticleComments($slug: String!) {\n    article(slug: $slug) {\n      id\n      comments {\n        ...CommentList\n      }\n    }\n  }\n": typeof types.ArticleCommentsDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      reportId\n      comment {\n        id\n        viewerHasReported\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReportCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      deletedCommentId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query NotificationSettingsPage {\n    pushPublicKey\n    viewer {\n      notificationSettings {\n        pushSubscriptionCount\n        kinds {\n          kind\n          inApp\n          push\n          email\n        }\n      }\n    }\n  }\n": typeof types.NotificationSettingsPageDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      notificationSettings {\n        kinds {\n          kind\n          inApp\n          push\n          email\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  mutation RegisterPushSubscription($input: RegisterPushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      registered\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  mutation SubscribeEmailAlerts($input: SubscribeEmailAlertsInput!) {\n    subscribeEmailAlerts(input: $input) {\n      accepted\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SubscribeEmailAlertsDocument,
    "\n  mutation ConfirmEmailAlerts($input: ConfirmEmailAlertsInput!) {\n    confirmEmailAlerts(input: $input) {\n      confirmed\n      series {\n        id\n        slug\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ConfirmEmailAlertsDocument,
    "\n  query HomePage($locale: Locale) {\n    articles(first: 10, locale: $locale) {\n      nodes {\n        id\n        locale\n        slug\n        headline\n        kicker\n        teaser\n        publishedAt\n        series {\n          id\n          slug\n          title\n        }\n      }\n    }\n    seriesList(first: 20, locale: $locale, sort: NEWEST_FIRST) {\n      nodes {\n        id\n        slug\n        title\n        status\n        synopsis\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  query SeriesPage($slug: String!, $locale: Locale) {\n    series(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      originalTitle\n      status\n      synopsis\n      followerCount\n      originalNetwork {\n        id\n        name\n        active\n      }\n      platforms {\n        id\n        name\n      }\n      spinoffOf {\n        id\n        slug\n        title\n      }\n      spinoffs {\n        id\n        slug\n        title\n      }\n      cast(first: 50) {\n        totalCount\n        nodes {\n          billing\n          seasons\n          person {\n            id\n            slug\n            name\n          }\n          roles {\n            character\n            sourceCharacterName\n          }\n        }\n      }\n      crew(first: 50) {\n        nodes {\n          person {\n            id\n            slug\n            name\n          }\n          jobs {\n            job\n            onBehalfOf {\n              id\n              name\n            }\n          }\n        }\n      }\n      seasons {\n        id\n        number\n        title\n        episodeCount\n        status\n        premiere {\n          date\n          precision\n        }\n        productionStart {\n          date\n          precision\n        }\n        episodes {\n          id\n          number\n          title\n          airDate\n        }\n      }\n      renewals {\n        id\n        kind\n        season {\n          id\n          number\n        }\n        reportedAt\n        reportedBy {\n          id\n          name\n        }\n        reportUrl\n        confirmed {\n          date\n          precision\n        }\n        confirmedBy {\n          id\n          name\n        }\n        statement {\n          text\n          by {\n            id\n            name\n          }\n        }\n      }\n      criticScores {\n        provider\n        metric\n        value\n        maxValue\n        asOf\n        seasonNumber\n      }\n      audienceMetrics {\n        metric\n        provider\n        value\n        valueNote\n        chart\n        region\n        periodStart\n        periodEnd\n        periodGranularity\n        seasonNumber\n      }\n      news(first: 10) {\n        nodes {\n          id\n          locale\n          slug\n          headline\n          kicker\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.SeriesPageDocument,
    "\n  query PersonPage($slug: String!, $locale: Locale) {\n    person(slug: $slug, locale: $locale) {\n      id\n      slug\n      name\n      biography\n      birthDate\n      birthYear\n      followerCount\n      photo {\n        url\n        alternativeText\n        caption\n        credit\n      }\n      credits {\n        department\n        characters\n        jobs\n        seasons\n        series {\n          id\n          slug\n          title\n        }\n      }\n      relatives {\n        kind\n        detail\n        person {\n          id\n          slug\n          name\n        }\n      }\n      knownFor {\n        id\n        slug\n        title\n      }\n      news(first: 10) {\n        nodes {\n          id\n          locale\n          slug\n          headline\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    locale\n    slug\n    headline\n    kicker\n    teaser\n    body\n    publishedAt\n    commentCount\n    author {\n      id\n      name\n    }\n    category {\n      id\n      name\n    }\n    leadImage {\n      url\n      alternativeText\n      caption\n      credit\n    }\n    sources {\n      id\n      name\n      url\n    }\n    updates {\n      label\n      postedAt\n      text\n    }\n    series {\n      id\n      slug\n      title\n    }\n    people {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.ArticleFieldsFragmentDoc,
    "\n  query ArticlePage($slug: String!, $locale: Locale) {\n    article(slug: $slug, locale: $locale) {\n      ...ArticleFields\n      comments {\n        ...CommentList\n      }\n    }\n  }\n": typeof types.ArticlePageDocument,
    "\n  query SearchPage($query: String!, $locale: Locale) {\n    search(query: $query, first: 20, locale: $locale) {\n      totalCount\n      nodes {\n        __typename\n        ... on Series {\n          id\n          slug\n          title\n        }\n        ... on Person {\n          id\n          slug\n          name\n        }\n        ... on Article {\n          id\n          locale\n          slug\n          headline\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query ViewerSummary {\n    viewer {\n      displayName\n      email\n      confirmed\n    }\n  }\n": typeof types.ViewerSummaryDocument,
    "\n  query Watchlist($locale: Locale) {\n    viewer {\n      follows(first: 100) {\n        totalCount\n        nodes {\n          followedAt\n          node {\n            __typename\n            ... on Series {\n              id\n              slug\n              title\n            }\n            ... on Person {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n      feed(first: 1, locale: $locale) {\n        totalCount\n      }\n    }\n  }\n": typeof types.WatchlistDocument,
    "\n  query Feed($locale: Locale, $after: String) {\n    viewer {\n      feed(first: 10, after: $after, locale: $locale) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          locale\n          slug\n          headline\n          kicker\n          teaser\n          publishedAt\n          series {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query SeriesFollowState($slug: String!) {\n    series(slug: $slug) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.SeriesFollowStateDocument,
    "\n  query PersonFollowState($slug: String!) {\n    person(slug: $slug) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.PersonFollowStateDocument,
    "\n  mutation FollowSeries($input: FollowSeriesInput!) {\n    followSeries(input: $input) {\n      series {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FollowSeriesDocument,
    "\n  mutation UnfollowSeries($input: FollowSeriesInput!) {\n    unfollowSeries(input: $input) {\n      series {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnfollowSeriesDocument,
    "\n  mutation FollowPerson($input: FollowPersonInput!) {\n    followPerson(input: $input) {\n      person {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FollowPersonDocument,
    "\n  mutation UnfollowPerson($input: FollowPersonInput!) {\n    unfollowPerson(input: $input) {\n      person {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnfollowPersonDocument,
    "\n  query DataExport {\n    viewerDataExport\n  }\n": typeof types.DataExportDocument,
    "\n  mutation DeleteAccount($input: DeleteViewerAccountInput!) {\n    deleteViewerAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeleteAccountDocument,
};
const documents: Documents = {
    "\n  fragment CommentList on CommentConnection {\n    totalCount\n    nodes {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n": types.CommentListFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    postedAt\n    removed\n    viewerCanDelete\n    viewerHasReported\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query ArticleComments($slug: String!) {\n    article(slug: $slug) {\n      id\n      comments {\n        ...CommentList\n      }\n    }\n  }\n": types.ArticleCommentsDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      reportId\n      comment {\n        id\n        viewerHasReported\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ReportCommentDocument,
    "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      deletedCommentId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  query NotificationSettingsPage {\n    pushPublicKey\n    viewer {\n      notificationSettings {\n        pushSubscriptionCount\n        kinds {\n          kind\n          inApp\n          push\n          email\n        }\n      }\n    }\n  }\n": types.NotificationSettingsPageDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      notificationSettings {\n        kinds {\n          kind\n          inApp\n          push\n          email\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  mutation RegisterPushSubscription($input: RegisterPushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      registered\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.RegisterPushSubscriptionDocument,
    "\n  mutation SubscribeEmailAlerts($input: SubscribeEmailAlertsInput!) {\n    subscribeEmailAlerts(input: $input) {\n      accepted\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SubscribeEmailAlertsDocument,
    "\n  mutation ConfirmEmailAlerts($input: ConfirmEmailAlertsInput!) {\n    confirmEmailAlerts(input: $input) {\n      confirmed\n      series {\n        id\n        slug\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ConfirmEmailAlertsDocument,
    "\n  query HomePage($locale: Locale) {\n    articles(first: 10, locale: $locale) {\n      nodes {\n        id\n        locale\n        slug\n        headline\n        kicker\n        teaser\n        publishedAt\n        series {\n          id\n          slug\n          title\n        }\n      }\n    }\n    seriesList(first: 20, locale: $locale, sort: NEWEST_FIRST) {\n      nodes {\n        id\n        slug\n        title\n        status\n        synopsis\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  query SeriesPage($slug: String!, $locale: Locale) {\n    series(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      originalTitle\n      status\n      synopsis\n      followerCount\n      originalNetwork {\n        id\n        name\n        active\n      }\n      platforms {\n        id\n        name\n      }\n      spinoffOf {\n        id\n        slug\n        title\n      }\n      spinoffs {\n        id\n        slug\n        title\n      }\n      cast(first: 50) {\n        totalCount\n        nodes {\n          billing\n          seasons\n          person {\n            id\n            slug\n            name\n          }\n          roles {\n            character\n            sourceCharacterName\n          }\n        }\n      }\n      crew(first: 50) {\n        nodes {\n          person {\n            id\n            slug\n            name\n          }\n          jobs {\n            job\n            onBehalfOf {\n              id\n              name\n            }\n          }\n        }\n      }\n      seasons {\n        id\n        number\n        title\n        episodeCount\n        status\n        premiere {\n          date\n          precision\n        }\n        productionStart {\n          date\n          precision\n        }\n        episodes {\n          id\n          number\n          title\n          airDate\n        }\n      }\n      renewals {\n        id\n        kind\n        season {\n          id\n          number\n        }\n        reportedAt\n        reportedBy {\n          id\n          name\n        }\n        reportUrl\n        confirmed {\n          date\n          precision\n        }\n        confirmedBy {\n          id\n          name\n        }\n        statement {\n          text\n          by {\n            id\n            name\n          }\n        }\n      }\n      criticScores {\n        provider\n        metric\n        value\n        maxValue\n        asOf\n        seasonNumber\n      }\n      audienceMetrics {\n        metric\n        provider\n        value\n        valueNote\n        chart\n        region\n        periodStart\n        periodEnd\n        periodGranularity\n        seasonNumber\n      }\n      news(first: 10) {\n        nodes {\n          id\n          locale\n          slug\n          headline\n          kicker\n          publishedAt\n        }\n      }\n    }\n  }\n": types.SeriesPageDocument,
    "\n  query PersonPage($slug: String!, $locale: Locale) {\n    person(slug: $slug, locale: $locale) {\n      id\n      slug\n      name\n      biography\n      birthDate\n      birthYear\n      followerCount\n      photo {\n        url\n        alternativeText\n        caption\n        credit\n      }\n      credits {\n        department\n        characters\n        jobs\n        seasons\n        series {\n          id\n          slug\n          title\n        }\n      }\n      relatives {\n        kind\n        detail\n        person {\n          id\n          slug\n          name\n        }\n      }\n      knownFor {\n        id\n        slug\n        title\n      }\n      news(first: 10) {\n        nodes {\n          id\n          locale\n          slug\n          headline\n          publishedAt\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  fragment ArticleFields on Article {\n    id\n    locale\n    slug\n    headline\n    kicker\n    teaser\n    body\n    publishedAt\n    commentCount\n    author {\n      id\n      name\n    }\n    category {\n      id\n      name\n    }\n    leadImage {\n      url\n      alternativeText\n      caption\n      credit\n    }\n    sources {\n      id\n      name\n      url\n    }\n    updates {\n      label\n      postedAt\n      text\n    }\n    series {\n      id\n      slug\n      title\n    }\n    people {\n      id\n      slug\n      name\n    }\n  }\n": types.ArticleFieldsFragmentDoc,
    "\n  query ArticlePage($slug: String!, $locale: Locale) {\n    article(slug: $slug, locale: $locale) {\n      ...ArticleFields\n      comments {\n        ...CommentList\n      }\n    }\n  }\n": types.ArticlePageDocument,
    "\n  query SearchPage($query: String!, $locale: Locale) {\n    search(query: $query, first: 20, locale: $locale) {\n      totalCount\n      nodes {\n        __typename\n        ... on Series {\n          id\n          slug\n          title\n        }\n        ... on Person {\n          id\n          slug\n          name\n        }\n        ... on Article {\n          id\n          locale\n          slug\n          headline\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query ViewerSummary {\n    viewer {\n      displayName\n      email\n      confirmed\n    }\n  }\n": types.ViewerSummaryDocument,
    "\n  query Watchlist($locale: Locale) {\n    viewer {\n      follows(first: 100) {\n        totalCount\n        nodes {\n          followedAt\n          node {\n            __typename\n            ... on Series {\n              id\n              slug\n              title\n            }\n            ... on Person {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n      feed(first: 1, locale: $locale) {\n        totalCount\n      }\n    }\n  }\n": types.WatchlistDocument,
    "\n  query Feed($locale: Locale, $after: String) {\n    viewer {\n      feed(first: 10, after: $after, locale: $locale) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          locale\n          slug\n          headline\n          kicker\n          teaser\n          publishedAt\n          series {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  query SeriesFollowState($slug: String!) {\n    series(slug: $slug) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.SeriesFollowStateDocument,
    "\n  query PersonFollowState($slug: String!) {\n    person(slug: $slug) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.PersonFollowStateDocument,
    "\n  mutation FollowSeries($input: FollowSeriesInput!) {\n    followSeries(input: $input) {\n      series {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.FollowSeriesDocument,
    "\n  mutation UnfollowSeries($input: FollowSeriesInput!) {\n    unfollowSeries(input: $input) {\n      series {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.UnfollowSeriesDocument,
    "\n  mutation FollowPerson($input: FollowPersonInput!) {\n    followPerson(input: $input) {\n      person {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.FollowPersonDocument,
    "\n  mutation UnfollowPerson($input: FollowPersonInput!) {\n    unfollowPerson(input: $input) {\n      person {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.UnfollowPersonDocument,
    "\n  query DataExport {\n    viewerDataExport\n  }\n": types.DataExportDocument,
    "\n  mutation DeleteAccount($input: DeleteViewerAccountInput!) {\n    deleteViewerAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DeleteAccountDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentList on CommentConnection {\n    totalCount\n    nodes {\n      ...CommentFields\n      replies {\n        ...CommentFields\n      }\n    }\n  }\n"): typeof import('./graphql').CommentListFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    body\n    authorName\n    postedAt\n    removed\n    viewerCanDelete\n    viewerHasReported\n  }\n"): typeof import('./graphql').CommentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleComments($slug: String!) {\n    article(slug: $slug) {\n      id\n      comments {\n        ...CommentList\n      }\n    }\n  }\n"): typeof import('./graphql').ArticleCommentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').CreateCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportComment($input: ReportCommentInput!) {\n    reportComment(input: $input) {\n      reportId\n      comment {\n        id\n        viewerHasReported\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReportCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($input: DeleteCommentInput!) {\n    deleteComment(input: $input) {\n      deletedCommentId\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteCommentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettingsPage {\n    pushPublicKey\n    viewer {\n      notificationSettings {\n        pushSubscriptionCount\n        kinds {\n          kind\n          inApp\n          push\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NotificationSettingsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      notificationSettings {\n        kinds {\n          kind\n          inApp\n          push\n          email\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateNotificationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($input: RegisterPushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      registered\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterPushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeEmailAlerts($input: SubscribeEmailAlertsInput!) {\n    subscribeEmailAlerts(input: $input) {\n      accepted\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SubscribeEmailAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailAlerts($input: ConfirmEmailAlertsInput!) {\n    confirmEmailAlerts(input: $input) {\n      confirmed\n      series {\n        id\n        slug\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmEmailAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($locale: Locale) {\n    articles(first: 10, locale: $locale) {\n      nodes {\n        id\n        locale\n        slug\n        headline\n        kicker\n        teaser\n        publishedAt\n        series {\n          id\n          slug\n          title\n        }\n      }\n    }\n    seriesList(first: 20, locale: $locale, sort: NEWEST_FIRST) {\n      nodes {\n        id\n        slug\n        title\n        status\n        synopsis\n      }\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesPage($slug: String!, $locale: Locale) {\n    series(slug: $slug, locale: $locale) {\n      id\n      slug\n      title\n      originalTitle\n      status\n      synopsis\n      followerCount\n      originalNetwork {\n        id\n        name\n        active\n      }\n      platforms {\n        id\n        name\n      }\n      spinoffOf {\n        id\n        slug\n        title\n      }\n      spinoffs {\n        id\n        slug\n        title\n      }\n      cast(first: 50) {\n        totalCount\n        nodes {\n          billing\n          seasons\n          person {\n            id\n            slug\n            name\n          }\n          roles {\n            character\n            sourceCharacterName\n          }\n        }\n      }\n      crew(first: 50) {\n        nodes {\n          person {\n            id\n            slug\n            name\n          }\n          jobs {\n            job\n            onBehalfOf {\n              id\n              name\n            }\n          }\n        }\n      }\n      seasons {\n        id\n        number\n        title\n        episodeCount\n        status\n        premiere {\n          date\n          precision\n        }\n        productionStart {\n          date\n          precision\n        }\n        episodes {\n          id\n          number\n          title\n          airDate\n        }\n      }\n      renewals {\n        id\n        kind\n        season {\n          id\n          number\n        }\n        reportedAt\n        reportedBy {\n          id\n          name\n        }\n        reportUrl\n        confirmed {\n          date\n          precision\n        }\n        confirmedBy {\n          id\n          name\n        }\n        statement {\n          text\n          by {\n            id\n            name\n          }\n        }\n      }\n      criticScores {\n        provider\n        metric\n        value\n        maxValue\n        asOf\n        seasonNumber\n      }\n      audienceMetrics {\n        metric\n        provider\n        value\n        valueNote\n        chart\n        region\n        periodStart\n        periodEnd\n        periodGranularity\n        seasonNumber\n      }\n      news(first: 10) {\n        nodes {\n          id\n          locale\n          slug\n          headline\n          kicker\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SeriesPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($slug: String!, $locale: Locale) {\n    person(slug: $slug, locale: $locale) {\n      id\n      slug\n      name\n      biography\n      birthDate\n      birthYear\n      followerCount\n      photo {\n        url\n        alternativeText\n        caption\n        credit\n      }\n      credits {\n        department\n        characters\n        jobs\n        seasons\n        series {\n          id\n          slug\n          title\n        }\n      }\n      relatives {\n        kind\n        detail\n        person {\n          id\n          slug\n          name\n        }\n      }\n      knownFor {\n        id\n        slug\n        title\n      }\n      news(first: 10) {\n        nodes {\n          id\n          locale\n          slug\n          headline\n          publishedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ArticleFields on Article {\n    id\n    locale\n    slug\n    headline\n    kicker\n    teaser\n    body\n    publishedAt\n    commentCount\n    author {\n      id\n      name\n    }\n    category {\n      id\n      name\n    }\n    leadImage {\n      url\n      alternativeText\n      caption\n      credit\n    }\n    sources {\n      id\n      name\n      url\n    }\n    updates {\n      label\n      postedAt\n      text\n    }\n    series {\n      id\n      slug\n      title\n    }\n    people {\n      id\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ArticleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticlePage($slug: String!, $locale: Locale) {\n    article(slug: $slug, locale: $locale) {\n      ...ArticleFields\n      comments {\n        ...CommentList\n      }\n    }\n  }\n"): typeof import('./graphql').ArticlePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($query: String!, $locale: Locale) {\n    search(query: $query, first: 20, locale: $locale) {\n      totalCount\n      nodes {\n        __typename\n        ... on Series {\n          id\n          slug\n          title\n        }\n        ... on Person {\n          id\n          slug\n          name\n        }\n        ... on Article {\n          id\n          locale\n          slug\n          headline\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerSummary {\n    viewer {\n      displayName\n      email\n      confirmed\n    }\n  }\n"): typeof import('./graphql').ViewerSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Watchlist($locale: Locale) {\n    viewer {\n      follows(first: 100) {\n        totalCount\n        nodes {\n          followedAt\n          node {\n            __typename\n            ... on Series {\n              id\n              slug\n              title\n            }\n            ... on Person {\n              id\n              slug\n              name\n            }\n          }\n        }\n      }\n      feed(first: 1, locale: $locale) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').WatchlistDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($locale: Locale, $after: String) {\n    viewer {\n      feed(first: 10, after: $after, locale: $locale) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          locale\n          slug\n          headline\n          kicker\n          teaser\n          publishedAt\n          series {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeriesFollowState($slug: String!) {\n    series(slug: $slug) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): typeof import('./graphql').SeriesFollowStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonFollowState($slug: String!) {\n    person(slug: $slug) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): typeof import('./graphql').PersonFollowStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowSeries($input: FollowSeriesInput!) {\n    followSeries(input: $input) {\n      series {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FollowSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowSeries($input: FollowSeriesInput!) {\n    unfollowSeries(input: $input) {\n      series {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UnfollowSeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowPerson($input: FollowPersonInput!) {\n    followPerson(input: $input) {\n      person {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').FollowPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowPerson($input: FollowPersonInput!) {\n    unfollowPerson(input: $input) {\n      person {\n        id\n        viewerFollows\n        followerCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UnfollowPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExport {\n    viewerDataExport\n  }\n"): typeof import('./graphql').DataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteViewerAccountInput!) {\n    deleteViewerAccount(input: $input) {\n      deleted\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeleteAccountDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
