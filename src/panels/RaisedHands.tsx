/**
 * Raised hands pop up over the open space: who, VIP or not, the simulated
 * time left before the adviser gives up waiting, and one-click answers.
 */
import { useShallow } from 'zustand/react/shallow';
import type { MessageKey } from '../i18n';
import { formatCountdown } from '../i18n/format';
import { availability, type AdviserAction } from '../store/actionRules';
import { raisedHands } from '../store/hands';
import { palette } from '../theme/stateStyle';
import { ActionButton } from './ActionButton';
import { none, useConsole, useSim, useT } from '../app/context';
import { Icon } from './StateIcon';
import { whyText } from '../store/supervisorText';
import { useRunAction } from '../app/useActions';

const answers: readonly AdviserAction[] = ['whisper', 'barge', 'takeOver'];
/** More than this and the rest are counted, not shown (a large floor must not bury the open space). */
const maxShown = 4;

export function RaisedHands() {
  const t = useT();
  const { ui } = useConsole();
  // Who has a hand up, as their (identity-stable) records: with no hand up, snapshots do not re-render this.
  const up = useSim(useShallow((s) => (s.snapshot ? raisedHands(s.snapshot).map((h) => h.adviser) : none)));
  // With hands up the countdowns move with every snapshot, so then it follows the snapshot.
  const snapshot = useSim((s) => (up.length > 0 ? s.snapshot : null));
  const run = useRunAction();
  const hands = snapshot ? raisedHands(snapshot) : [];
  return (
    <section className="hands" aria-label={t('hands.title')} data-testid="raised-hands" aria-live="polite">
      {hands.slice(0, maxShown).map(({ adviser, hand, remaining }) => (
        <div key={`${adviser.id}:${hand.contactId}`} className={`hand-toast${hand.vip ? ' vip' : ''}`} data-testid={`hand-${adviser.id}`}>
          <div className="hand-head">
            <span className="state-chip" style={{ background: palette.raisedHand }}>
              <Icon name="raisedHand" colour="#1f2937" size={12} />
            </span>
            <button type="button" className="link" onClick={() => ui.setState({ selectedAdviserId: adviser.id, cardOpen: true })}>
              {adviser.name}
            </button>
            {hand.vip ? <span className="badge vip-badge">{t('hands.vip')}</span> : null}
            <span className={`countdown${remaining < 30 ? ' urgent' : ''}`} data-testid={`hand-countdown-${adviser.id}`} title={t('hands.countdown.help')}>
              {formatCountdown(remaining)}
            </span>
          </div>
          <div className="muted">{t(hand.vip ? 'hands.vipRaised' : 'hands.raised')}</div>
          <div className="hand-actions">
            {answers.map((action) => (
              <ActionButton
                key={action}
                label={t(`action.${action}` as MessageKey)}
                why={whyText(availability(action, adviser, snapshot?.supervisor), snapshot, t, adviser)}
                help={t(`action.${action}.help` as MessageKey)}
                onRun={() => run(action, adviser)}
                testId={`hand-${action}-${adviser.id}`}
              />
            ))}
          </div>
        </div>
      ))}
      {hands.length > maxShown ? <div className="hand-more">{t('hands.more', { count: hands.length - maxShown })}</div> : null}
    </section>
  );
}
