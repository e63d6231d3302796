import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useLocation } from 'react-router';

export const NAVIGATION_DRAWER_ID = 'app-navigation';
/** The widest screen on which the sidebar is a drawer; app.css uses the same width. */
const DRAWER_MAX_WIDTH = 768;

export interface NavigationDrawer {
  open: boolean;
  toggle: () => void;
  close: () => void;
  /** The element that holds the sidebar; focus moves into it when the drawer opens. */
  drawerRef: RefObject<HTMLDivElement | null>;
  /** The menu button; focus goes back to it when the drawer closes by Esc or the overlay. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * On a narrow screen the sidebar is a drawer (CSS decides the width at which it is one). It
 * closes when the reader navigates, presses Esc or taps the overlay, so the page they chose is
 * what they see.
 */
export function useNavigationDrawer(): NavigationDrawer {
  const [open, setOpen] = useState(false);
  const drawerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  const close = useCallback(() => {
    setOpen(false);
    buttonRef.current?.focus();
  }, []);
  const toggle = useCallback(() => setOpen((current) => !current), []);

  useEffect(() => setOpen(false), [pathname]);

  // Turning a tablet so that the sidebar is back in place leaves no drawer open behind it.
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const wide = window.matchMedia(`(min-width: ${DRAWER_MAX_WIDTH + 1}px)`);
    const onChange = () => {
      if (wide.matches) setOpen(false);
    };
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, []);

  useEffect(() => {
    if (!open) return;
    drawerRef.current?.querySelector<HTMLElement>('a[href]')?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, close]);

  return { open, toggle, close, drawerRef, buttonRef };
}
