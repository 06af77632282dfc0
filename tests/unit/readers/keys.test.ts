import { followKey } from '../../../plugin/server/src/readers/follows';
import { openReportKey, REPORT_REASONS } from '../../../plugin/server/src/readers/reports';
import { decisionProblem } from '../../../plugin/server/src/readers/controller';

describe('reader data keys and moderation input', () => {
  it('key a follow by reader, kind and target, and an open report by reader and comment', () => {
    expect(followKey(7, 'series', 'abc')).toBe('7:series:abc');
    expect(followKey(7, 'person', 'abc')).not.toBe(followKey(7, 'series', 'abc'));
    expect(openReportKey(7, 12)).toBe('7:12');
  });

  it('know the report reasons of the GraphQL contract', () => {
    expect(REPORT_REASONS).toEqual(['SPAM', 'HARASSMENT', 'HATE_SPEECH', 'SPOILER', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL_CONTENT', 'OTHER']);
  });

  it('ask editors for reasons, and for the ground when hiding', () => {
    expect(decisionProblem('hidden', { facts: 'zu kurz' })).toMatch(/mindestens 10 Zeichen/);
    expect(decisionProblem('hidden', { facts: 'Beleidigt einen anderen Leser.' })).toMatch(/Kommentarregeln oder rechtswidriger Inhalt/);
    expect(decisionProblem('hidden', { facts: 'Beleidigt einen anderen Leser.', ground: 'community_rules' })).toBeNull();
    expect(decisionProblem('restored', { facts: 'Kein Verstoß erkennbar.' })).toBeNull();
    expect(decisionProblem('restored', { facts: 'x'.repeat(5001) })).toMatch(/höchstens 5000/);
  });
});
