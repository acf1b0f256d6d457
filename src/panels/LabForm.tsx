/**
 * The lab's form: a scenario, one lever to vary over a range, the other levers
 * held at a value (or as the scenario has them), R replications, and the target
 * and shrinkage of the required-staff table. Inputs stay text while typed; the
 * plan (src/lab/plan.ts) reads and checks them when the sweep starts.
 */
import type { Scenario } from '../../sim/scenario/schema';
import { countAdvisers } from '../../sim/scenario/team';
import type { MessageKey } from '../i18n';
import { LAB_DIMENSIONS, type LabDimension } from '../lab/plan';
import { catalogue } from '../worker/catalogue';
import { useT, useUi } from '../app/context';

export interface LabForm {
  readonly file: string;
  readonly dimension: LabDimension;
  readonly from: string;
  readonly to: string;
  readonly step: string;
  /** '' keeps the scenario's own. */
  readonly fixed: Readonly<Record<LabDimension, string>>;
  readonly replications: string;
  readonly target: string;
  readonly shrinkage: string;
}

const switches: readonly LabDimension[] = ['overflow', 'callback'];

/** A sensible range for a lever of this scenario: the team ± 3, volumes and times ± 20 %, … */
export function defaultRange(dimension: LabDimension, scenario: Scenario | null): Pick<LabForm, 'from' | 'to' | 'step'> {
  const team = scenario ? countAdvisers(scenario.team) : 10;
  switch (dimension) {
    case 'advisers':
      return { from: String(Math.max(1, team - 3)), to: String(team + 3), step: '1' };
    case 'staffing':
      return { from: '-3', to: '3', step: '1' };
    case 'multiskill':
      return { from: '0', to: String(team), step: String(Math.max(1, Math.round(team / 4))) };
    case 'volume':
    case 'aht':
      return { from: '-20', to: '20', step: '10' };
    case 'absence':
      return { from: '0', to: '20', step: '5' };
    default:
      return { from: '0', to: '1', step: '1' };
  }
}

export function initialForm(file: string, scenario: Scenario | null): LabForm {
  const fixed = Object.fromEntries(LAB_DIMENSIONS.map((d) => [d, ''])) as Record<LabDimension, string>;
  const voice = scenario?.channels.find((c) => c.kind === 'voice');
  const target = voice ? String(Math.round(voice.serviceLevel.target * 100)) : '80';
  return { file, dimension: 'advisers', ...defaultRange('advisers', scenario), fixed, replications: '20', target, shrinkage: '30' };
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="lab-field">
      <span>{label}</span>
      {children}
    </label>
  );
}

export function LabFormView({ form, scenario, running, onChange, onRun, onCancel }: {
  form: LabForm;
  scenario: Scenario | null;
  running: boolean;
  onChange: (f: LabForm) => void;
  onRun: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const set = (patch: Partial<LabForm>) => onChange({ ...form, ...patch });
  const dimLabel = (d: LabDimension) => t(`lab.dim.${d}` as MessageKey);
  return (
    <form className="lab-form" onSubmit={(e) => { e.preventDefault(); onRun(); }}>
      <fieldset disabled={running}>
        <div className="lab-row">
          <Field label={t('lab.scenario')}>
            <select data-testid="lab-scenario" value={form.file} onChange={(e) => set({ file: e.target.value })}>
              {catalogue.map((c) => (
                <option key={c.file} value={c.file}>{c.title?.[lang] ?? c.file}</option>
              ))}
            </select>
          </Field>
          <Field label={t('lab.sweep')}>
            <select data-testid="lab-dimension" value={form.dimension} onChange={(e) => {
              const d = e.target.value as LabDimension;
              set({ dimension: d, ...defaultRange(d, scenario) });
            }}>
              {LAB_DIMENSIONS.map((d) => <option key={d} value={d}>{dimLabel(d)}</option>)}
            </select>
          </Field>
          <Field label={t('lab.from')}><input data-testid="lab-from" inputMode="decimal" size={5} value={form.from} onChange={(e) => set({ from: e.target.value })} /></Field>
          <Field label={t('lab.to')}><input data-testid="lab-to" inputMode="decimal" size={5} value={form.to} onChange={(e) => set({ to: e.target.value })} /></Field>
          <Field label={t('lab.step')}><input data-testid="lab-step" inputMode="decimal" size={4} value={form.step} onChange={(e) => set({ step: e.target.value })} /></Field>
          <Field label={t('lab.replications')}><input data-testid="lab-replications" inputMode="numeric" size={4} value={form.replications} onChange={(e) => set({ replications: e.target.value })} /></Field>
        </div>
        <div className="lab-row lab-fixed">
          <span className="lab-fixed-title">{t('lab.fixed')}</span>
          {LAB_DIMENSIONS.filter((d) => d !== form.dimension && d !== 'advisers' && d !== 'staffing').map((d) => (
            <Field key={d} label={dimLabel(d)}>
              {switches.includes(d) ? (
                <select data-testid={`lab-fixed-${d}`} value={form.fixed[d]} onChange={(e) => set({ fixed: { ...form.fixed, [d]: e.target.value } })}>
                  <option value="">{t('lab.fixed.scenario')}</option>
                  <option value="0">{t('lab.fixed.off')}</option>
                  <option value="1">{t('lab.fixed.on')}</option>
                </select>
              ) : (
                <input data-testid={`lab-fixed-${d}`} inputMode="decimal" size={12} placeholder={t('lab.fixed.scenario')} value={form.fixed[d]}
                  onChange={(e) => set({ fixed: { ...form.fixed, [d]: e.target.value } })} />
              )}
            </Field>
          ))}
        </div>
        <div className="lab-row">
          <Field label={`${t('lab.target')} (%)`}><input data-testid="lab-target" inputMode="decimal" size={4} value={form.target} onChange={(e) => set({ target: e.target.value })} /></Field>
          <Field label={`${t('lab.shrinkage')} (%)`}><input data-testid="lab-shrinkage" inputMode="decimal" size={4} value={form.shrinkage} onChange={(e) => set({ shrinkage: e.target.value })} /></Field>
        </div>
      </fieldset>
      <div className="lab-buttons">
        <button type="submit" className="btn primary" data-testid="lab-run" disabled={running || !scenario}>{t('lab.run')}</button>
        <button type="button" className="btn" data-testid="lab-cancel" disabled={!running} onClick={onCancel}>{t('lab.cancel')}</button>
      </div>
    </form>
  );
}
