/**
 * The adviser context menu: right-click on a marker in the open space, or the
 * "⋯" button (or the context-menu key) on a row of the adviser list. The main
 * actions with their default minutes; arrow keys move, Escape closes and gives
 * focus back to where it came from.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../i18n';
import { availability, defaultMinutes, isLoggedOut, isTimed, type AdviserAction } from '../store/actionRules';
import { ActionButton } from './ActionButton';
import { useConsole, useSim, useT, useUi } from '../app/context';
import { whyText } from '../store/supervisorText';
import { useRunAction } from '../app/useActions';

const items: readonly AdviserAction[] = ['coach', 'sendToBreak', 'listenIn', 'whisper', 'barge', 'takeOver', 'recognise'];

export function ContextMenu() {
  const t = useT();
  const { ui } = useConsole();
  const menu = useUi((s) => s.menu);
  const adviser = useSim((s) => (menu ? s.snapshot?.advisers.find((a) => a.id === menu.adviserId) : undefined));
  // Closed, the menu follows no snapshot.
  const snapshot = useSim((s) => (menu ? s.snapshot : null));
  const run = useRunAction();
  const ref = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [pos, setPos] = useState({ left: 0, top: 0 });
  const openFor = menu ? `${menu.adviserId}@${menu.x},${menu.y}` : null;

  // Keep the menu inside the window, and focus its first item when it opens.
  useLayoutEffect(() => {
    if (!openFor || !menu || !ref.current) return;
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const r = ref.current.getBoundingClientRect();
    setPos({ left: Math.max(4, Math.min(menu.x, window.innerWidth - r.width - 4)), top: Math.max(4, Math.min(menu.y, window.innerHeight - r.height - 4)) });
    ref.current.querySelector<HTMLElement>('[role="menuitem"]')?.focus({ preventScroll: true });
  }, [openFor]);

  useEffect(() => {
    if (!openFor) return;
    const away = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) ui.setState({ menu: null });
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [openFor, ui]);

  if (!menu || !adviser) return null;
  const close = (refocus = true) => {
    ui.setState({ menu: null });
    if (refocus) returnFocus.current?.focus({ preventScroll: true });
  };
  const act = (fn: () => void) => () => {
    fn();
    close();
  };
  const list: AdviserAction[] = [...items, isLoggedOut(adviser) ? 'logIn' : 'logOut'];

  const onKeyDown = (e: KeyboardEvent) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    const go = (j: number) => all[(j + all.length) % all.length]?.focus();
    // The console's own shortcuts (arrows, space, Escape) must not act behind the menu.
    e.stopPropagation();
    if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') close();
    else if (e.key === 'Tab') close(false);
    else return;
    if (e.key !== 'Tab') e.preventDefault();
  };

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t('menu.label', { name: adviser.name })}
      data-testid="adviser-menu"
      style={{ left: pos.left, top: pos.top }}
      onKeyDown={onKeyDown}
    >
      <div className="menu-title" aria-hidden="true">
        {adviser.name}
      </div>
      <button type="button" role="menuitem" className="menu-item" data-testid="menu-open-card" onClick={act(() => ui.setState({ selectedAdviserId: adviser.id, cardOpen: true }))}>
        {t('menu.openCard')}
      </button>
      {list.map((action) => (
        <ActionButton
          key={action}
          role="menuitem"
          className="menu-item"
          label={isTimed(action) ? t('action.withMinutes', { action: t(`action.${action}` as MessageKey), minutes: defaultMinutes[action] }) : t(`action.${action}` as MessageKey)}
          why={whyText(availability(action, adviser, snapshot?.supervisor), snapshot, t, adviser)}
          help={t(`action.${action}.help` as MessageKey)}
          onRun={act(() => run(action, adviser))}
          testId={`menu-action-${action}`}
        />
      ))}
    </div>
  );
}
