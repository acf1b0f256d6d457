/**
 * The dashboard's adviser table: handled, AHT, occupancy, adherence, observed
 * quality, CSAT (post-contact survey), and mood, stress and fatigue. Columns
 * sort by their header button; a row's name selects the adviser.
 */
import { useMemo, useState } from 'react';
import type { MessageKey } from '../i18n';
import { formatDuration, formatNumber, formatPercent, formatScoreOutOf5 } from '../i18n/format';
import { adviserRows, type AdviserRow, type AdviserSortKey } from '../store/dashboard';
import { none, useConsole, useSim, useT, useUi } from '../app/context';
import { StateBadge } from './StateBadge';

interface Column {
  readonly key: AdviserSortKey;
  readonly label: MessageKey;
  readonly help?: MessageKey;
}

const columns: readonly Column[] = [
  { key: 'handled', label: 'dash.col.handled' },
  { key: 'aht', label: 'dash.col.adviserAht', help: 'dash.col.adviserAht.help' },
  { key: 'occupancy', label: 'dash.col.adviserOccupancy', help: 'dash.col.adviserOccupancy.help' },
  { key: 'adherence', label: 'dash.col.adherence', help: 'dash.col.adherence.help' },
  { key: 'quality', label: 'dash.col.quality', help: 'dash.col.quality.help' },
  { key: 'csat', label: 'dash.col.csat', help: 'dash.col.csat.help' },
  { key: 'mood', label: 'dash.col.mood' },
  { key: 'stress', label: 'dash.col.stress' },
  { key: 'fatigue', label: 'dash.col.fatigue' },
];

export function DashboardAdvisers() {
  const t = useT();
  const { ui } = useConsole();
  const lang = useUi((s) => s.lang);
  const advisers = useSim((s) => s.snapshot?.advisers ?? none);
  const now = useSim((s) => s.snapshot?.time ?? 0);
  const [sort, setSort] = useState<{ key: AdviserSortKey; descending: boolean }>({ key: 'name', descending: false });
  const rows = useMemo(() => adviserRows(advisers, now, sort.key, sort.descending), [advisers, now, sort]);
  const cell = (r: AdviserRow, key: AdviserSortKey): string => {
    switch (key) {
      case 'handled':
        return formatNumber(r.handled, lang);
      case 'aht':
        return formatDuration(r.aht);
      case 'quality':
        return formatNumber(r.quality, lang);
      case 'csat':
        return formatScoreOutOf5(r.csat, lang);
      case 'name':
        return r.name;
      default:
        return formatPercent(r[key], lang, key === 'occupancy' || key === 'adherence' ? 1 : 0);
    }
  };
  const header = (key: AdviserSortKey, label: MessageKey, help?: MessageKey) => {
    const active = sort.key === key;
    return (
      <th key={key} scope="col" title={help ? t(help) : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="link sort"
          aria-label={t('dash.sortBy', { column: t(label) })}
          onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'name' }))}
        >
          {t(label)}
          {active ? (sort.descending ? ' ▾' : ' ▴') : ''}
        </button>
      </th>
    );
  };
  return (
    <section aria-labelledby="dash-advisers-title">
      <h3 id="dash-advisers-title">{t('dash.advisers.title')}</h3>
      <div className="dash-scroll">
        <table className="dash-table" data-testid="dashboard-advisers">
          <thead>
            <tr>
              {header('name', 'dash.col.name')}
              <th scope="col">{t('dash.col.state')}</th>
              {columns.map((c) => header(c.key, c.label, c.help))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-adviser-row={r.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => ui.setState({ selectedAdviserId: r.id, cardOpen: true, dashboardOpen: false })}>
                    {r.name}
                  </button>
                </th>
                <td>
                  <StateBadge state={r.state} />
                </td>
                {columns.map((c) => (
                  <td key={c.key}>{cell(r, c.key)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
