import { configureEmail } from '../../../../plugin/server/src/accounts/email';
import { resolveSettings } from '../../../../plugin/server/src/config/settings';

const STRAPI_DEFAULT = { provider: 'sendmail', providerOptions: {}, settings: { defaultFrom: 'Strapi <no-reply@strapi.io>' } };

const fakeStrapi = (email: unknown, env: Record<string, string> = {}) => {
  const config: Record<string, unknown> = { 'plugin::email': email, 'plugin::showrunner': resolveSettings(env) };
  const warnings: string[] = [];
  return {
    strapi: {
      config: { get: (key: string) => config[key], set: (key: string, value: unknown) => void (config[key] = value) },
      log: { warn: (line: string) => warnings.push(line) },
    },
    email: () => config['plugin::email'] as Record<string, any>,
    warnings,
  };
};

describe("account mails through Strapi's email plugin", () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('use nodemailer with the SMTP settings when SMTP_HOST is set', () => {
    const fake = fakeStrapi(STRAPI_DEFAULT, {
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '2525',
      SMTP_USER: 'u',
      SMTP_PASS: 'p',
      EMAIL_FROM: 'A <a@example.com>',
    });
    expect(configureEmail(fake.strapi as never)).toBe('smtp');
    expect(fake.email()).toEqual({
      provider: 'nodemailer',
      providerOptions: { host: 'smtp.example.com', port: 2525, secure: false, auth: { user: 'u', pass: 'p' } },
      settings: { defaultFrom: 'A <a@example.com>', defaultReplyTo: 'A <a@example.com>' },
    });
  });

  it('write mails to the log in development without SMTP_HOST, and only warn in production', () => {
    process.env.NODE_ENV = 'development';
    const development = fakeStrapi(STRAPI_DEFAULT);
    expect(configureEmail(development.strapi as never)).toBe('log');
    expect(development.email().providerOptions).toEqual({ jsonTransport: true });

    process.env.NODE_ENV = 'production';
    const production = fakeStrapi(STRAPI_DEFAULT);
    expect(configureEmail(production.strapi as never)).toBe('none');
    expect(production.email()).toEqual(STRAPI_DEFAULT);
    expect(production.warnings.join()).toMatch(/SMTP_HOST is not set/);
  });

  it('leave an email plugin the host configured itself alone', () => {
    const own = { provider: 'amazon-ses', providerOptions: { region: 'eu-central-1' }, settings: { defaultFrom: 'x@example.com' } };
    const fake = fakeStrapi(own, { SMTP_HOST: 'smtp.example.com' });
    expect(configureEmail(fake.strapi as never)).toBe('host');
    expect(fake.email()).toBe(own);
  });
});
