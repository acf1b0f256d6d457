/**
 * A button for a supervisor action. When the action makes no sense now it stays
 * focusable but `aria-disabled`, its tooltip says why, and a click says it again
 * as a notice instead of sending a command the engine would refuse.
 */
import type { ReactNode } from 'react';

export function ActionButton(props: {
  label: ReactNode;
  /** Why the action is not available now; empty when it is. */
  why: string;
  help?: string;
  onRun: () => void;
  testId?: string;
  className?: string;
  role?: 'menuitem';
  tone?: 'danger';
}) {
  const off = props.why !== '';
  return (
    <button
      type="button"
      role={props.role}
      className={`${props.className ?? 'btn'}${off ? ' soft-disabled' : ''}${props.tone === 'danger' ? ' danger' : ''}`}
      aria-disabled={off || undefined}
      title={off ? props.why : props.help}
      data-testid={props.testId}
      onClick={props.onRun}
    >
      {props.label}
    </button>
  );
}
