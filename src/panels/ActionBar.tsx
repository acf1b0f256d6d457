/**
 * Centre-level levers, between the KPIs and the open space: overflow groups,
 * callback offer and IVR incident message per voice line, queue priorities,
 * a team briefing, reporting to the floor manager (when the scenario has one),
 * and (with a clear warning) the outbound dialer's rules.
 * Scenario events in progress show at its right end.
 */
import { useMemo, useState } from 'react';
import type { OverflowSnapshot } from '../../sim/snapshot';
import { channelName } from '../i18n';
import { formatNumber } from '../i18n/format';
import { centreAvailability } from '../store/actionRules';
import { centreSettings } from '../store/centreSettings';
import { pushNotice } from '../store/uiStore';
import type { ChannelSummary } from '../worker/protocol';
import { ActionButton } from './ActionButton';
import { useConsole, none, useSim, useT, useUi } from '../app/context';
import { EventBanner } from './EventBanner';
import { ManagerReport } from './ManagerReport';
import { Popover } from './Popover';
import { whyText } from '../store/supervisorText';

/** A labelled on/off switch that sends a command when flipped (`why`: not available here, and why). */
function Switch(props: { label: string; on: boolean; onText: string; offText: string; help: string; testId: string; onToggle: () => void; why?: string }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={props.on}
      aria-disabled={props.why ? true : undefined}
      className={`btn bar-btn switch${props.on ? ' on' : ''}${props.why ? ' soft-disabled' : ''}`}
      title={props.why || props.help}
      data-testid={props.testId}
      data-on={props.on}
      onClick={props.why ? undefined : props.onToggle}
    >
      <span className="switch-track" aria-hidden="true">
        <span />
      </span>
      <span>{props.label}</span>
      <span className="switch-state">{props.on ? props.onText : props.offText}</span>
    </button>
  );
}

function Overflow({ group }: { group: OverflowSnapshot }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  return (
    <span className="bar-item" data-testid={`overflow-status-${group.id}`} data-open={group.open}>
      <Switch
        label={t('bar.overflow', { name: group.name })}
        on={group.open}
        onText={t('bar.overflowOpen', { busy: group.busy, capacity: group.capacity })}
        offText={t('bar.closed')}
        help={t('bar.overflow.help', { handled: formatNumber(group.handled, lang), cost: formatNumber(group.cost, lang, 2) })}
        testId={`overflow-toggle-${group.id}`}
        onToggle={() => void controller.submit({ type: group.open ? 'closeOverflow' : 'openOverflow', groupId: group.id })}
      />
    </span>
  );
}

function Priorities({ channels, priority }: { channels: readonly ChannelSummary[]; priority: Readonly<Record<string, number | null>> }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  return (
    <Popover label={t('bar.priorities')} title={t('bar.priorities.help')} testId="bar-priorities">
      {() => (
        <div className="popover-body">
          <p className="muted">{t('bar.priorities.help')}</p>
          {channels.map((c) => {
            const current = priority[c.id];
            const options = [...new Set([1, 2, 3, 4, 5, 6, ...(current !== null && current !== undefined ? [current] : [])])].sort((a, b) => a - b);
            return (
              <label key={c.id} className="popover-row">
                <span>{channelName(c, lang)}</span>
                <select
                  value={current ?? ''}
                  data-testid={`priority-${c.id}`}
                  onChange={(e) => void controller.submit({ type: 'setQueuePriority', channelId: c.id, priority: Number(e.target.value) })}
                >
                  {current === null ? <option value="">{t('bar.priorityDefault')}</option> : null}
                  {options.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
        </div>
      )}
    </Popover>
  );
}

function Briefing() {
  const t = useT();
  const { sim, ui, controller } = useConsole();
  const [minutes, setMinutes] = useState(10);
  // The reason itself is selected (a string), not the snapshot: most snapshots leave it as it was.
  const why = useSim((s) => whyText(centreAvailability('teamBriefing', s.snapshot?.supervisor), s.snapshot, t));
  return (
    <Popover label={t('bar.briefing')} title={t('bar.briefing.help')} testId="bar-briefing">
      {(close) => (
        <div className="popover-body">
          <p className="muted">{t('bar.briefing.help')}</p>
          <div className="popover-row">
            <label>
              <input
                type="number"
                min={1}
                max={60}
                value={minutes}
                aria-label={t('bar.briefingMinutes')}
                onChange={(e) => setMinutes(Math.max(1, Math.min(60, Number(e.target.value) || 1)))}
              />{' '}
              {t('unit.min')}
            </label>
            <ActionButton
              label={t('bar.briefingStart')}
              why={why}
              testId="bar-briefing-start"
              className="btn primary"
              onRun={() => {
                const verdict = centreAvailability('teamBriefing', sim.getState().snapshot?.supervisor);
                if (!verdict.ok) {
                  pushNotice(ui, { tone: 'info', type: 'teamBriefing', adviserId: null, text: why });
                  return;
                }
                void controller.submit({ type: 'teamBriefing', minutes });
                close();
              }}
            />
          </div>
        </div>
      )}
    </Popover>
  );
}

function Dialer({ channels, override }: { channels: readonly ChannelSummary[]; override: Readonly<Record<string, boolean>> }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  const breaches = useSim((s) => s.snapshot?.breaches ?? none);
  const [confirm, setConfirm] = useState<string | null>(null);
  const any = channels.some((c) => override[c.id]);
  const count = (id: string) => breaches.filter((b) => b.channelId === id).length;
  const total = channels.reduce((n, c) => n + count(c.id), 0);
  return (
    <Popover
      label={total > 0 ? `${t('bar.dialer')} · ${t('bar.dialerBreaches', { count: formatNumber(total, lang) })}` : t('bar.dialer')}
      title={t('bar.dialer.help')}
      testId="bar-dialer"
      align="right"
      className={any || total > 0 ? 'danger-on' : ''}
    >
      {() => (
        <div className="popover-body dialer">
          {channels.map((c) => (
            <div key={c.id} className="dialer-row">
              <div>
                <strong>{channelName(c, lang)}</strong> · {override[c.id] ? <span className="bad-text">{t('bar.dialerOverridden')}</span> : t('bar.dialerLawful')}
                {count(c.id) > 0 ? <span className="bad-text"> · {t('bar.dialerBreaches', { count: formatNumber(count(c.id), lang) })}</span> : null}
              </div>
              {override[c.id] ? (
                <button type="button" className="btn" data-testid={`dialer-restore-${c.id}`} onClick={() => void controller.submit({ type: 'overrideDialerRules', channelId: c.id, enabled: false })}>
                  {t('bar.dialerRestore')}
                </button>
              ) : confirm === c.id ? (
                <div className="warning" role="alert">
                  <p>{t('bar.dialerWarning')}</p>
                  <div className="popover-row">
                    <button
                      type="button"
                      className="btn danger"
                      data-testid={`dialer-override-${c.id}`}
                      onClick={() => {
                        setConfirm(null);
                        void controller.submit({ type: 'overrideDialerRules', channelId: c.id, enabled: true });
                      }}
                    >
                      {t('bar.dialerConfirm')}
                    </button>
                    <button type="button" className="btn" onClick={() => setConfirm(null)}>
                      {t('bar.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <button type="button" className="btn" data-testid={`dialer-ask-${c.id}`} onClick={() => setConfirm(c.id)}>
                  {t('bar.dialerOverride')}
                </button>
              )}
            </div>
          ))}
        </div>
      )}
    </Popover>
  );
}

export function ActionBar() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { controller } = useConsole();
  const channels = useSim((s) => s.scenario?.channels ?? none);
  const overflow = useSim((s) => s.snapshot?.overflow ?? none);
  const log = useSim((s) => s.snapshot?.commandLog ?? none);
  const settings = useMemo(() => centreSettings(channels, log), [channels, log]);
  const voice = channels.filter((c) => c.kind === 'voice');
  const outbound = channels.filter((c) => c.kind === 'outbound');
  const named = (key: 'bar.callback' | 'bar.ivr', c: ChannelSummary) => (voice.length > 1 ? `${t(key)} · ${channelName(c, lang)}` : t(key));
  return (
    <section className="action-bar" aria-label={t('bar.label')} data-testid="action-bar">
      {overflow.map((g) => (
        <Overflow key={g.id} group={g} />
      ))}
      {voice.map((c) => (
        <Switch
          key={`cb-${c.id}`}
          label={named('bar.callback', c)}
          on={settings.callbackOffer[c.id] ?? false}
          onText={t('bar.on')}
          offText={t('bar.off')}
          help={t('bar.callback.help')}
          why={c.callbackOffer ? '' : t('bar.callbackNone')}
          testId={`callback-toggle-${c.id}`}
          onToggle={() => void controller.submit({ type: 'setCallbackOffer', channelId: c.id, enabled: !settings.callbackOffer[c.id] })}
        />
      ))}
      {voice.map((c) => (
        <Switch
          key={`ivr-${c.id}`}
          label={named('bar.ivr', c)}
          on={settings.ivrMessage[c.id] === 'incident'}
          onText={t('bar.on')}
          offText={t('bar.off')}
          help={t('bar.ivr.help')}
          testId={`ivr-toggle-${c.id}`}
          onToggle={() => void controller.submit({ type: 'setIvrMessage', channelId: c.id, message: settings.ivrMessage[c.id] === 'incident' ? 'none' : 'incident' })}
        />
      ))}
      <Priorities channels={channels} priority={settings.priority} />
      <Briefing />
      <ManagerReport />
      {outbound.length > 0 ? <Dialer channels={outbound} override={settings.dialerOverride} /> : null}
      <EventBanner />
    </section>
  );
}
