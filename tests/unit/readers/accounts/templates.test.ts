import { accountTemplates, parseSender } from '../../../../plugin/server/src/accounts/users-permissions-settings';

const stock = (object: string) => ({
  display: 'x',
  icon: 'x',
  options: { from: { name: 'Administration Panel', email: 'no-reply@strapi.io' }, response_email: '', object, message: 'English' },
});

describe("account mail templates in users-permissions' store", () => {
  it('read EMAIL_FROM with or without a display name', () => {
    expect(parseSender('Wunschliste <no-reply@example.com>')).toEqual({ name: 'Wunschliste', email: 'no-reply@example.com' });
    expect(parseSender('"Show, Runner" <a@example.com>')).toEqual({ name: 'Show, Runner', email: 'a@example.com' });
    expect(parseSender('a@example.com')).toEqual({ name: '', email: 'a@example.com' });
  });

  it("replace users-permissions' stock English texts with German ones, keep texts edited in the admin, and send from EMAIL_FROM", () => {
    const edited = { ...stock('Eigener Betreff'), options: { ...stock('Eigener Betreff').options, message: 'Eigener Text' } };
    const templates = accountTemplates({ reset_password: stock('Reset password'), email_confirmation: edited }, 'Konto <konto@example.com>');
    expect(templates.reset_password.options).toMatchObject({ object: 'Passwort zurücksetzen', from: { name: 'Konto', email: 'konto@example.com' } });
    expect(templates.reset_password.options.message).toContain('<%= URL %>?code=<%= TOKEN %>');
    expect(templates.email_confirmation.options).toMatchObject({ object: 'Eigener Betreff', message: 'Eigener Text', from: { email: 'konto@example.com' } });
    expect(accountTemplates(null, null).email_confirmation.options.message).toContain('<%= URL %>?confirmation=<%= CODE %>');
  });
});
