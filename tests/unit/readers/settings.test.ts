import { resolveSettings } from '../../../plugin/server/src/config/settings';

describe('reader and account settings', () => {
  it('turn e-mail confirmation on in production only, and default the rest as the README says', () => {
    expect(resolveSettings({}).accounts).toEqual({
      emailConfirmation: false,
      resetTokenTtlMs: 3_600_000,
      resetPasswordUrl: null,
      confirmationRedirectUrl: null,
      loginLimit: { perAccount: 10, perIp: 50, windowSeconds: 900 },
      requestLimit: { perIp: 20, windowSeconds: 900 },
    });
    expect(resolveSettings({ NODE_ENV: 'production' }).accounts.emailConfirmation).toBe(true);
    expect(resolveSettings({ NODE_ENV: 'production', SHOWRUNNER_EMAIL_CONFIRMATION: 'off' }).accounts.emailConfirmation).toBe(false);
    expect(resolveSettings({}).readers).toEqual({
      commentMaxLength: 2000,
      limits: { commentsPerMinute: 5, commentsPerDay: 50, reportsPerHour: 20, followsPerMinute: 60 },
      autoHideAfterReports: 0,
    });
  });

  it('take SMTP from the usual variables', () => {
    expect(
      resolveSettings({
        SMTP_HOST: 'mail.example.com',
        SMTP_PORT: '465',
        SMTP_USER: 'u',
        SMTP_PASS: 'p',
        SMTP_SECURE: 'true',
        EMAIL_FROM: 'Wunschliste <no-reply@example.com>',
      }).email
    ).toEqual({
      smtp: { host: 'mail.example.com', port: 465, user: 'u', pass: 'p', secure: true },
      from: 'Wunschliste <no-reply@example.com>',
    });
  });

  it('refuse a bad value naming its variable', () => {
    expect(() => resolveSettings({ SHOWRUNNER_RESET_TOKEN_TTL_MS: 'eine Stunde' })).toThrow(
      /"accounts.resetTokenTtlMs" must be a number greater than 0, got "eine Stunde" \(its default comes from SHOWRUNNER_RESET_TOKEN_TTL_MS\)/
    );
    expect(() => resolveSettings({ SHOWRUNNER_LOGIN_LIMIT_PER_ACCOUNT: '2.5' })).toThrow(/"accounts.loginLimit.perAccount" must be a whole number/);
    expect(() => resolveSettings({ SHOWRUNNER_RESET_PASSWORD_URL: 'passwort' })).toThrow(/"accounts.resetPasswordUrl" must be a URL/);
  });
});
