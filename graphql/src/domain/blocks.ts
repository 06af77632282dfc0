type Node = { type?: string; text?: string; children?: Node[] };

const textOf = (node: Node): string => node.text ?? (node.children ?? []).map(textOf).join('');

/** Strapi blocks as plain text: one paragraph (or heading, list item, quote) per blank-line-separated chunk. */
export const blocksToText = (blocks: unknown): string | null => {
  if (!Array.isArray(blocks)) return null;
  return (blocks as Node[])
    .flatMap((block) => (block.type === 'list' ? (block.children ?? []).map(textOf) : [textOf(block)]))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
};
