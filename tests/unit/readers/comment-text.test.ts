import { bodyProblem, commentLength, normalizeCommentBody } from '../../../plugin/server/src/readers/comment-text';

describe('reader comment text', () => {
  it('keeps what a reader typed as plain text, markup included', () => {
    expect(normalizeCommentBody('<b>fett</b> & <script>x</script>')).toBe('<b>fett</b> & <script>x</script>');
  });

  it('drops control characters and direction overrides, trailing spaces and runs of blank lines; keeps tabs and single blank lines', () => {
    expect(normalizeCommentBody('  Erste\tZeile  \r\n\r\n\r\n\r\nzweite\u0007 \u202Eumgedreht\u202C\n')).toBe('Erste\tZeile\n\nzweite umgedreht');
  });

  it('composes accents (NFC), so the same text is the same length however it was typed', () => {
    expect(normalizeCommentBody('Rene\u0301e')).toBe('Renée');
  });

  it('counts characters as readers see them: an emoji is one', () => {
    expect(commentLength('😀😀')).toBe(2);
    expect(bodyProblem('😀'.repeat(2000), 2000)).toBeNull();
    expect(bodyProblem('😀'.repeat(2001), 2000)).toEqual({ code: 'BODY_TOO_LONG', length: 2001 });
    expect(bodyProblem('', 2000)).toEqual({ code: 'BODY_EMPTY' });
  });
});
