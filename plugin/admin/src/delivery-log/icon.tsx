import type { SVGProps } from 'react';

/** A bell, drawn like Strapi's own menu icons (fill: currentColor). */
export const DeliveryLogIcon = (props: SVGProps<SVGSVGElement>) => (
  <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" {...props}>
    <path d="M16 3a2 2 0 0 0-2 2v.3A9 9 0 0 0 7 14v6.6l-2.7 2.7A1 1 0 0 0 5 25h22a1 1 0 0 0 .7-1.7L25 20.6V14a9 9 0 0 0-7-8.7V5a2 2 0 0 0-2-2Zm-7 11a7 7 0 0 1 14 0v7.4l1.6 1.6H7.4L9 21.4V14Zm3.5 13a3.5 3.5 0 0 0 7 0h-7Z" />
  </svg>
);
