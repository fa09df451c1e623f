import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';

/**
 * The privacy screen masks names and note text for work in public places; hovering or focusing
 * one item shows it. Only the on/off preference is remembered in this browser — never a name.
 */
const KEY = 'peerkeep.privacyScreen';
const PrivacyContext = createContext<{ on: boolean; toggle: () => void }>({ on: false, toggle: () => {} });

function remembered(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function PrivacyScreenProvider({ children }: { readonly children: ReactNode }) {
  const [on, setOn] = useState(remembered);
  useEffect(() => {
    document.documentElement.classList.toggle('privacy-on', on);
    try {
      window.localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch {
      // Storage may be disabled; the screen still works for this page.
    }
  }, [on]);
  const toggle = useCallback(() => setOn((v) => !v), []);
  return <PrivacyContext.Provider value={{ on, toggle }}>{children}</PrivacyContext.Provider>;
}

export const usePrivacyScreen = () => useContext(PrivacyContext);

/**
 * Text about a person. Under the privacy screen a fixed mask is drawn instead (the same length
 * for every name, so its size tells nothing), and the text is not rendered at all until hovered
 * or focused. `focusable` lets keyboard users reveal it when it is not inside a link already.
 */
export function Private({ children, block = false, focusable = false, what = 'name' }: { readonly children: ReactNode; readonly block?: boolean; readonly focusable?: boolean; readonly what?: string }) {
  const Tag = block ? 'div' : 'span';
  return (
    <Tag className={block ? 'pk-private pk-private--block' : 'pk-private'} tabIndex={focusable ? 0 : undefined}>
      <span className="pk-private__mask" title={`Privacy screen: hover or focus to show the ${what}`}>
        {block ? `${what} hidden by the privacy screen` : '••••••'}
      </span>
      <Tag className="pk-private__text">{children}</Tag>
    </Tag>
  );
}
