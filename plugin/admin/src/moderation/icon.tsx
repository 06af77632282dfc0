import type { SVGProps } from 'react';

/** A speech bubble with an exclamation mark, drawn like Strapi's own menu icons (fill: currentColor). */
export const ModerationIcon = (props: SVGProps<SVGSVGElement>) => (
  <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" {...props}>
    <path d="M26 4H6a2 2 0 0 0-2 2v22.2a1 1 0 0 0 1.6.8L11 25h15a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2Zm0 19H10.3L6 26.2V6h20v17ZM15 9h2v8h-2V9Zm2.5 11.5a1.5 1.5 0 1 1-3 0 1.5 1.5 0 0 1 3 0Z" />
  </svg>
);
