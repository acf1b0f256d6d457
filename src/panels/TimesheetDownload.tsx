/**
 * The timesheet download (admin data for HR and payroll: hours, breaks, absences,
 * lateness, overtime, one row per adviser per day). The rows come from the worker
 * with the final result; the CSV is the command line's `--timesheet` file, the
 * same in both languages because HR tools read it. It shows no score, so an exam
 * offers it too.
 */
import { renderTimesheetCsv, timesheetFileName } from '../../sim/report/timesheet';
import type { FinalResult } from '../worker/protocol';
import { useT } from '../app/context';
import { downloadText } from './download';

export function TimesheetDownload({ final }: { final: FinalResult }) {
  const t = useT();
  const save = () => downloadText(timesheetFileName(final.scenario.id, final.result.seed), renderTimesheetCsv(final.timesheet), 'text/csv;charset=utf-8');
  return (
    <button type="button" className="btn" data-testid="timesheet-download" title={t('report.exportTimesheet.help')} onClick={save}>
      {t('report.exportTimesheet')}
    </button>
  );
}
