import { graphql } from '../gql';

export const NotificationSettingsPage = graphql(`
  query NotificationSettingsPage {
    pushPublicKey
    viewer {
      notificationSettings {
        pushSubscriptionCount
        kinds {
          kind
          inApp
          push
          email
        }
      }
    }
  }
`);

export const UpdateNotificationSettings = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      notificationSettings {
        kinds {
          kind
          inApp
          push
          email
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const RegisterPushSubscription = graphql(`
  mutation RegisterPushSubscription($input: RegisterPushSubscriptionInput!) {
    registerPushSubscription(input: $input) {
      registered
      userErrors {
        code
        message
      }
    }
  }
`);

export const SubscribeEmailAlerts = graphql(`
  mutation SubscribeEmailAlerts($input: SubscribeEmailAlertsInput!) {
    subscribeEmailAlerts(input: $input) {
      accepted
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ConfirmEmailAlerts = graphql(`
  mutation ConfirmEmailAlerts($input: ConfirmEmailAlertsInput!) {
    confirmEmailAlerts(input: $input) {
      confirmed
      series {
        id
        slug
        title
      }
      userErrors {
        code
        message
      }
    }
  }
`);
