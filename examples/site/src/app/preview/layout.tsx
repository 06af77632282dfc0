import type { ReactNode } from 'react';
import '../globals.css';

export const metadata = { title: 'Vorschau · Showrunner', robots: { index: false, follow: false } };

export default function PreviewLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
