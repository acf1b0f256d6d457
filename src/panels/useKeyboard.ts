/**
 * Console shortcuts: space play/pause, + and − speed, arrows move through the
 * advisers, Enter opens the card, Escape closes it, D opens or closes the
 * dashboard. Ignored while typing in a field or choosing in a list, and (but
 * Escape, which closes it) while the debrief is open.
 */
import { useEffect } from 'react';
import { moveSelection } from '../store/uiStore';
import { useConsole } from '../app/context';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useKeyboard(): void {
  const { sim, ui, controller } = useConsole();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (sim.getState().view !== 'console') return;
      // The debrief covers the console: only Escape (close it) applies there.
      if (ui.getState().debriefOpen) {
        if (e.key === 'Escape') ui.setState({ debriefOpen: false });
        return;
      }
      // A <summary> (the card's sections) opens and closes with Enter like a button.
      const isButton = e.target instanceof HTMLButtonElement || (e.target instanceof HTMLElement && e.target.tagName === 'SUMMARY');
      const ids = () => sim.getState().snapshot?.advisers.map((a) => a.id) ?? [];
      switch (e.key) {
        case ' ':
          // Also on a focused button: space means play/pause here, not "press the button".
          e.preventDefault();
          controller.togglePlay();
          return;
        case '+':
        case '=':
          e.preventDefault();
          controller.stepSpeed(1);
          return;
        case '-':
        case '_':
          e.preventDefault();
          controller.stepSpeed(-1);
          return;
        case 'ArrowDown':
        case 'ArrowRight':
        case 'ArrowUp':
        case 'ArrowLeft': {
          e.preventDefault();
          const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : -1;
          const next = moveSelection(ids(), ui.getState().selectedAdviserId, step);
          ui.setState({ selectedAdviserId: next });
          const row = next ? document.querySelector<HTMLElement>(`tr[data-adviser-id="${CSS.escape(next)}"]`) : null;
          if (row && document.activeElement?.closest('table')) row.focus({ preventScroll: true });
          return;
        }
        case 'Enter':
          if (isButton) return;
          if (ui.getState().selectedAdviserId) {
            e.preventDefault();
            ui.setState({ cardOpen: true });
          }
          return;
        case 'd':
        case 'D':
          e.preventDefault();
          ui.setState((s) => ({ dashboardOpen: !s.dashboardOpen }));
          return;
        case 'Escape':
          ui.setState({ cardOpen: false, menu: null });
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [sim, ui, controller]);
}
