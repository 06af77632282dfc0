import { blocksToText } from '../../../graphql/src/domain/blocks';
import { localeChain } from '../../../graphql/src/locale';

describe('blocksToText', () => {
  it('joins paragraphs, headings and list items as plain text without markup', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Staffel 2' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Gedreht wird in ' },
          { type: 'link', url: 'https://x', children: [{ type: 'text', text: 'Los Angeles' }] },
        ],
      },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Maggie Q' }] }] },
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script>' }] },
    ];
    expect(blocksToText(blocks)).toBe('Staffel 2\n\nGedreht wird in Los Angeles\n\nMaggie Q\n\n<script>alert(1)</script>');
    expect(blocksToText(null)).toBeNull();
  });
});

describe('localeChain', () => {
  it('puts the requested locale first, then German, then English', () => {
    expect(localeChain('EN')).toEqual(['en', 'de']);
    expect(localeChain('DE')).toEqual(['de', 'en']);
    expect(localeChain(null)).toEqual(['de', 'en']);
  });
});
