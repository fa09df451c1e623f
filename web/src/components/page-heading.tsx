import { type ReactNode, useEffect, useRef } from 'react';

// On the first page of a visit the browser's own start (skip link first) is kept; focus moves
// to the heading only when the app itself changes the page.
let firstHeading = true;

/**
 * The page's h1. It takes focus when the page opens so that keyboard and screen-reader users
 * start at the new content, and it names the browser tab (without any participant's name).
 */
export function PageHeading({ children, title }: { readonly children: ReactNode; readonly title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · PeerKeep`;
    if (firstHeading) firstHeading = false;
    else ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
