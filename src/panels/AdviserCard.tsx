/** The adviser card: state, skills, current contact, the person (fatigue, stress, mood), today's figures, and the supervisor's actions. */
import { useEffect, useRef } from 'react';
import { channelName } from '../i18n';
import { formatCountdown, formatDuration, formatNumber, formatPercent } from '../i18n/format';
import { raisedHandOf, remainingSeconds } from '../store/hands';
import { AdviserActions } from './AdviserActions';
import { useConsole, none, useSim, useT, useUi } from '../app/context';
import { AdviserSchedule } from './AdviserSchedule';
import { HumanFactors } from './HumanFactors';
import { StateBadge } from './StateBadge';
import { Icon } from './StateIcon';
import { pendingText } from '../store/supervisorText';

export function AdviserCard() {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const open = useUi((s) => s.cardOpen);
  const id = useUi((s) => s.selectedAdviserId);
  const adviser = useSim((s) => (open ? s.snapshot?.advisers.find((a) => a.id === id) : undefined));
  // Closed, the card does not follow the clock.
  const time = useSim((s) => (open ? (s.snapshot?.time ?? 0) : 0));
  const channels = useSim((s) => s.scenario?.channels ?? none);
  const dayStart = useSim((s) => (s.snapshot ? s.snapshot.clockSeconds - s.snapshot.time : 0));
  const closeRef = useRef<HTMLButtonElement>(null);
  const shownId = open ? adviser?.id : undefined;

  useEffect(() => {
    if (shownId) closeRef.current?.focus({ preventScroll: true });
  }, [shownId]);

  if (!open || !adviser) return null;
  const close = () => ui.setState({ cardOpen: false });
  const name = (ch: string) => channelName(channels.find((c) => c.id === ch), lang, ch);
  const hand = raisedHandOf(adviser);
  return (
    <aside className="card" data-testid="adviser-card" role="dialog" aria-labelledby="card-title" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <header className="card-head">
        <span className="initials big">{adviser.initials}</span>
        <div>
          <h2 id="card-title">{adviser.name}</h2>
          <div className="muted">
            {adviser.id}
            {adviser.newHire ? (
              <span className="badge new-hire" title={t('card.newHire.help')}>
                {t('card.newHire')}
              </span>
            ) : null}
          </div>
        </div>
        <button type="button" ref={closeRef} className="btn ghost close" onClick={close} aria-label={t('card.close')}>
          ×
        </button>
      </header>
      {hand ? (
        <div className={`card-hand${hand.vip ? ' vip' : ''}`} role="status">
          <Icon name="raisedHand" colour="#1f2937" size={14} />
          {t(hand.vip ? 'hands.vipRaised' : 'hands.raised')} · {t('hands.left', { time: formatCountdown(remainingSeconds(hand, time)) })}
        </div>
      ) : null}
      <dl className="card-facts">
        <dt>{t('card.state')}</dt>
        <dd>
          <StateBadge state={adviser.state} /> <span className="muted">{formatDuration(time - adviser.stateSince)}</span>
        </dd>
        <dt>{t('card.skills')}</dt>
        <dd>
          {Object.entries(adviser.skills).map(([k, p]) => (
            <span key={k} className="skill">
              {name(k)} <strong>{formatPercent(p, lang, 0)}</strong>
            </span>
          ))}
        </dd>
        <dt>{t('card.contact')}</dt>
        <dd>
          {adviser.channelId !== null ? t('card.contactOn', { id: adviser.contactId ?? '?', channel: name(adviser.channelId) }) : t('card.noContact')}
          {adviser.concurrent > 0 ? <span className="muted"> · {t('card.concurrent', { count: adviser.concurrent })}</span> : null}
        </dd>
        {adviser.pending ? (
          <>
            <dt />
            <dd className="muted">{t('card.pending', { what: pendingText(adviser.pending, t) })}</dd>
          </>
        ) : null}
      </dl>
      <h3>{t('schedule.title')}</h3>
      <AdviserSchedule adviser={adviser} time={time} dayStart={dayStart} />
      <h3>{t('card.person')}</h3>
      <HumanFactors adviser={adviser} />
      <h3>{t('card.today')}</h3>
      <div className="card-figures">
        <div>
          <div className="fig">{formatNumber(adviser.handled, lang)}</div>
          <div className="muted">{t('card.handled')}</div>
        </div>
        <div>
          <div className="fig">{formatDuration(adviser.handlingSeconds)}</div>
          <div className="muted">{t('card.handlingTime')}</div>
        </div>
        <div>
          <div className="fig">{adviser.handled > 0 ? formatDuration(adviser.handlingSeconds / adviser.handled) : '—'}</div>
          <div className="muted">{t('card.aht')}</div>
        </div>
      </div>
      <h3>{t('card.actions')}</h3>
      <AdviserActions adviser={adviser} />
    </aside>
  );
}
