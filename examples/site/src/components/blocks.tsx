import type { ReactNode } from 'react';

/**
 * Strapi's blocks (Article.body) as React elements. The API sends structured JSON, never HTML, so
 * nothing an editor typed can run here: text is rendered as text, links only with http(s) URLs.
 */
interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}
interface ElementNode {
  type: string;
  children?: BlockNode[];
  level?: number;
  format?: 'ordered' | 'unordered';
  url?: string;
}
type BlockNode = TextNode | ElementNode;

const isText = (node: BlockNode): node is TextNode => node.type === 'text';
const safeUrl = (url = '') => (/^https?:\/\//i.test(url) ? url : undefined);

const renderText = (node: TextNode, key: number): ReactNode => {
  let content: ReactNode = node.text;
  if (node.code) content = <code>{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return <span key={key}>{content}</span>;
};

const renderNode = (node: BlockNode, key: number): ReactNode => {
  if (isText(node)) return renderText(node, key);
  const children = (node.children ?? []).map(renderNode);
  switch (node.type) {
    case 'heading': {
      const Heading = `h${Math.min(Math.max((node.level ?? 2) + 1, 2), 6)}` as 'h2';
      return <Heading key={key}>{children}</Heading>;
    }
    case 'list':
      return node.format === 'ordered' ? <ol key={key}>{children}</ol> : <ul key={key}>{children}</ul>;
    case 'list-item':
      return <li key={key}>{children}</li>;
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'code':
      return (
        <pre key={key}>
          <code>{children}</code>
        </pre>
      );
    case 'link':
      return (
        <a key={key} href={safeUrl(node.url)} rel="noopener noreferrer">
          {children}
        </a>
      );
    default:
      return <p key={key}>{children}</p>;
  }
};

export const Blocks = ({ value }: { value: unknown }) => (Array.isArray(value) ? <>{(value as BlockNode[]).map(renderNode)}</> : null);
