/** A disclosure button with a small panel under it: Escape or a click elsewhere closes it. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export function Popover(props: {
  label: ReactNode;
  title?: string;
  testId?: string;
  className?: string;
  /** 'right': the panel opens leftwards from the button's right edge (near the window's right side). */
  align?: 'left' | 'right';
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away, true);
    return () => window.removeEventListener('pointerdown', away, true);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus({ preventScroll: true });
  };
  return (
    <div
      className="popover-root"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        type="button"
        ref={button}
        className={`btn bar-btn ${props.className ?? ''}`}
        aria-expanded={open}
        aria-controls={id}
        title={props.title}
        data-testid={props.testId}
        onClick={() => setOpen((o) => !o)}
      >
        {props.label} <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className={`popover${props.align === 'right' ? ' align-right' : ''}`} id={id} role="group">
          {props.children(close)}
        </div>
      ) : null}
    </div>
  );
}
