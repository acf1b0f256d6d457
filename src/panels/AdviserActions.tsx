/**
 * The card's actions, grouped as a supervisor thinks of them: activities,
 * support on the live contact, presence and hours, admin data, skills. Timed
 * actions take their minutes from a small field beside the button.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { AdviserSnapshot } from '../../sim/snapshot';
import { channelName, type MessageKey } from '../i18n';
import { availability, defaultMinutes, isLoggedOut, type AdviserAction, type TimedAction } from '../store/actionRules';
import { ActionButton } from './ActionButton';
import { none, useSim, useT, useUi } from '../app/context';
import { whyText } from '../store/supervisorText';
import { useRunAction, type ActionForm } from '../app/useActions';

function Section({ title, open, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="card-section" open={open}>
      <summary>{title}</summary>
      <div className="card-section-body">{children}</div>
    </details>
  );
}

export function AdviserActions({ adviser }: { adviser: AdviserSnapshot }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const snapshot = useSim((s) => s.snapshot);
  const channels = useSim((s) => s.scenario?.channels ?? none);
  const run = useRunAction();
  const [minutes, setMinutes] = useState<Record<TimedAction, number>>({ ...defaultMinutes });
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [skills, setSkills] = useState<Record<string, number>>({});

  // The skills editor starts from the adviser's current skills, and again when they really change
  // (the skills object is rebuilt with every state change, so compare its content).
  const skillsKey = JSON.stringify(adviser.skills);
  useEffect(() => setSkills(JSON.parse(skillsKey) as Record<string, number>), [adviser.id, skillsKey]);

  const why = (action: AdviserAction) => whyText(availability(action, adviser, snapshot?.supervisor), snapshot, t, adviser);
  const button = (action: AdviserAction, form?: ActionForm, label?: string) => (
    <ActionButton
      label={label ?? t(`action.${action}` as MessageKey)}
      why={why(action)}
      help={t(`action.${action}.help` as MessageKey)}
      onRun={() => run(action, adviser, form)}
      testId={`card-action-${action}`}
    />
  );
  const timed = (action: TimedAction) => (
    <div className="timed" key={action}>
      {button(action, { minutes: minutes[action] })}
      <label className="minutes">
        <input
          type="number"
          min={1}
          max={600}
          step={1}
          value={minutes[action]}
          data-testid={`card-minutes-${action}`}
          aria-label={t('card.minutesFor', { action: t(`action.${action}` as MessageKey) })}
          onChange={(e) => setMinutes((m) => ({ ...m, [action]: Math.max(1, Math.min(600, Number(e.target.value) || 1)) }))}
        />
        {t('unit.min')}
      </label>
    </div>
  );
  const skilled = channels.filter((c) => (adviser.skills[c.id] ?? 0) > 0);
  const moveTo = target && skilled.some((c) => c.id === target) ? target : (skilled[0]?.id ?? '');
  const out = isLoggedOut(adviser);

  return (
    <div className="card-actions-groups" data-testid="card-actions">
      <Section title={t('card.group.activities')} open>
        {timed('coach')}
        {timed('sendToBreak')}
        {timed('sendToTraining')}
        {timed('assignOfflineTask')}
      </Section>
      <Section title={t('card.group.live')} open>
        <div className="button-grid">
          {button('listenIn')}
          {button('whisper')}
          {button('barge')}
          {button('takeOver')}
        </div>
        <div className="button-grid">{button('recognise')}</div>
      </Section>
      <Section title={t('card.group.breaks')}>
        {timed('delayBreak')}
        <div className="button-grid">{button('cancelBreak')}</div>
      </Section>
      <Section title={t('card.group.presence')}>
        <div className="button-grid">
          {out ? button('logIn') : button('logOut')}
          {button('callInAdviser')}
        </div>
        {timed('askOvertime')}
      </Section>
      <Section title={t('card.group.admin')}>
        <div className="timed">
          {button('recordAbsence', reason.trim() ? { reason: reason.trim() } : {})}
          <input
            type="text"
            className="reason"
            maxLength={200}
            value={reason}
            placeholder={t('card.absenceReason')}
            aria-label={t('card.absenceReason')}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        {timed('recordLateness')}
      </Section>
      <Section title={t('card.group.skills')}>
        <div className="timed">
          {button('moveToChannel', { channelId: moveTo })}
          <select value={moveTo} aria-label={t('card.moveTarget')} onChange={(e) => setTarget(e.target.value)} data-testid="card-move-channel">
            {channels.map((c) => {
              const has = (adviser.skills[c.id] ?? 0) > 0;
              return (
                <option key={c.id} value={c.id} disabled={!has}>
                  {channelName(c, lang)}
                  {has ? '' : ` (${t('card.noSkill')})`}
                </option>
              );
            })}
          </select>
        </div>
        <table className="skills-editor">
          <caption className="sr-only">{t('card.skillsEditor')}</caption>
          <tbody>
            {channels.map((c) => (
              <tr key={c.id}>
                <th scope="row">{channelName(c, lang)}</th>
                <td>
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={5}
                    value={Math.round((skills[c.id] ?? 0) * 100)}
                    aria-label={t('card.skillLevel', { channel: channelName(c, lang) })}
                    onChange={(e) => setSkills((s) => ({ ...s, [c.id]: Math.max(0, Math.min(100, Number(e.target.value) || 0)) / 100 }))}
                  />{' '}
                  %
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {button('setSkills', { skills: Object.fromEntries(Object.entries(skills).filter(([, p]) => p > 0)) })}
      </Section>
    </div>
  );
}
