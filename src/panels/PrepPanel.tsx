/**
 * The preparation panel (scenarios with `preparation`): over the console while the
 * clock waits at the start. It shows the engine's plan check (sim/prepare/checkPlan.ts,
 * pure, run here in the page) recomputed after every command given at the start, the
 * staffing table against the Erlang C estimate, the planning forms and the button that
 * starts the day.
 */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { checkPlan, type PlanCheck } from '../../sim/prepare/checkPlan';
import { parseScenario } from '../../sim/scenario/load';
import type { Scenario } from '../../sim/scenario/schema';
import { channelName } from '../i18n';
import { translateCode } from '../i18n/codes';
import { formatNumber } from '../i18n/format';
import { none, useConsole, useSim, useT, useUi } from '../app/context';
import { PrepForms } from './PrepForms';
import './prep.css';

function Findings({ check, scenario }: { check: PlanCheck; scenario: Scenario }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const ctx = { lang, channelOf: (id: string) => channelName(scenario.channels.find((c) => c.id === id), lang, id) };
  return (
    <ul className="prep-findings" data-testid="prep-findings">
      {check.findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`prep-finding ${f.severity}`} data-code={f.code} data-severity={f.severity}>
          <span className="prep-severity">{t(`prep.severity.${f.severity}`)}</span> {translateCode('prep.finding', f.code, f.params, f.text, ctx)}
        </li>
      ))}
    </ul>
  );
}

function Staffing({ check, scenario }: { check: PlanCheck; scenario: Scenario }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  if (check.staffing.length === 0) return null;
  return (
    <table className="prep-staffing" data-testid="prep-staffing">
      <thead>
        <tr>
          <th>{t('prep.col.interval')}</th><th>{t('prep.col.channel')}</th><th>{t('prep.col.forecast')}</th><th>{t('prep.col.required')}</th><th>{t('prep.col.planned')}</th><th />
        </tr>
      </thead>
      <tbody>
        {check.staffing.map((r) => {
          const short = r.requiredErlangC === null || r.planned < r.requiredErlangC;
          return (
            <tr key={`${r.channel}-${r.start}`} className={short ? 'short' : undefined}>
              <td>{r.interval}</td>
              <td>{channelName(scenario.channels.find((c) => c.id === r.channel), lang, r.channel)}</td>
              <td>{formatNumber(r.forecast, lang, 1)}</td>
              <td>{r.requiredErlangC ?? '—'}</td>
              <td>{r.planned}</td>
              <td>{short ? t('prep.short') : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function PrepDialog({ text, commands }: { text: string; commands: readonly Record<string, unknown>[] }) {
  const t = useT();
  const { controller } = useConsole();
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const scenario = useMemo(() => parseScenario(text, 'scenario'), [text]);
  const check = useMemo(() => checkPlan(scenario, commands), [scenario, commands]);
  const people = useMemo(() => advisers.map((a) => ({ id: a.id, name: a.name })), [advisers]);
  return (
    <div className="prep-backdrop">
      <section className="prep" data-testid="prep-panel" role="dialog" aria-modal="true" aria-labelledby="prep-title">
        <div className="prep-head">
          <h2 id="prep-title">{t('prep.title')}</h2>
          <button type="button" className="btn primary" data-testid="prep-start" onClick={() => controller.startDay()}>{t('prep.start')}</button>
        </div>
        <p className="muted">{t('prep.help')}</p>
        <div className="prep-columns">
          <div>
            <h3>{t('prep.findings')}</h3>
            <Findings check={check} scenario={scenario} />
            <PrepForms advisers={people} scenario={scenario} />
          </div>
          <div>
            <h3>{t('prep.staffing')}</h3>
            <Staffing check={check} scenario={scenario} />
          </div>
        </div>
      </section>
    </div>
  );
}

export function PrepPanel() {
  const { controller } = useConsole();
  const open = useStore(controller.prep, (s) => s.open);
  const text = useStore(controller.prep, (s) => s.text);
  const commands = useStore(controller.prep, (s) => s.commands);
  if (!open || text === null) return null;
  return <PrepDialog text={text} commands={commands} />;
}
