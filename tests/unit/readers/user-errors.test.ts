import { ok, refused, USER_ERROR_CODES, userError } from '../../../plugin/server/src/readers/user-errors';

describe('readers’ userErrors', () => {
  it('have stable UPPER_CASE codes, German messages and the input field they concern', () => {
    expect(USER_ERROR_CODES.every((code) => /^[A-Z_]+$/.test(code))).toBe(true);
    expect(userError('BODY_TOO_LONG', 2000, 2345)).toEqual({
      code: 'BODY_TOO_LONG',
      message: 'Dein Kommentar ist zu lang: höchstens 2.000 Zeichen, deiner hat 2.345.',
      field: ['input', 'body'],
    });
    expect(userError('TARGET_NOT_FOUND', 'person').message).toBe('Diese Person gibt es hier nicht.');
    expect(userError('EMAIL_NOT_CONFIRMED').field).toBeNull();
    expect(userError('TOO_MANY_ATTEMPTS', 61).message).toBe('Zu viele falsche Versuche. Bitte in 2 Minuten noch einmal.');
    expect(userError('TOO_MANY_ATTEMPTS', 30).message).toBe('Zu viele falsche Versuche. Bitte in einer Minute noch einmal.');
  });

  it('make an outcome either a value or errors, never both', () => {
    expect(ok({ documentId: 'a' })).toEqual({ value: { documentId: 'a' }, userErrors: [] });
    expect(refused('ALREADY_REPORTED')).toMatchObject({ value: null, userErrors: [{ code: 'ALREADY_REPORTED' }] });
  });
});
