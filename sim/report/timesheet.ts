/**
 * The timesheet: the admin data a supervisor passes to HR and payroll
 * (DOMAIN.md §1, "collect & pass on admin data"), one row per adviser per day.
 * Rows are plain data (they cross from the worker to the page); the CSV is for
 * HR tools, so it is the same in every language: English column names, `,`
 * separators, `.` decimals, RFC 4180 quoting and CRLF line ends.
 *
 * Like the rest of report/, this file imports nothing at run time from the
 * engine: the page renders the CSV without loading it (the rows are built by
 * timesheetBuild.ts, in the worker or on the command line).
 */
import { csvField } from './files';

export const TIMESHEET_FORMAT_VERSION = 1;

export interface TimesheetRow {
  /** 1-based day of the run (a one-day scenario: 1). */
  readonly day: number;
  /** "YYYY-MM-DD" when the scenario has a date, else "". */
  readonly date: string;
  readonly adviserId: string;
  readonly name: string;
  /** Planned shift, "HH:MM" (a night shift belongs to the day it starts; later times wrap past midnight). */
  readonly scheduledStart: string;
  readonly scheduledEnd: string;
  readonly scheduledMinutes: number;
  /** First log-in and last log-out, "HH:MM", or "" when the adviser never logged in. */
  readonly firstLogin: string;
  readonly lastLogout: string;
  /** Logged-in time, breaks taken on the floor included (they are shown apart so HR can deduct unpaid ones). */
  readonly workedMinutes: number;
  readonly breaksTaken: number;
  readonly breakMinutes: number;
  /** Planned breaks (the labour rules' pauses) due while the adviser was at work and never begun. */
  readonly breaksMissed: number;
  readonly breaksMissedMinutes: number;
  /** Marked absent during the day (a sick call, did not turn up). */
  readonly absent: boolean;
  /** The supervisor recorded an absence for the adviser (the `recordAbsence` command). */
  readonly absenceRecorded: boolean;
  /** Lateness the run observed (late back from breaks), in whole minutes as recorded. */
  readonly latenessMinutes: number;
  /** Lateness the supervisor recorded (the `recordLateness` command). */
  readonly latenessRecordedMinutes: number;
  /** Logged-in time outside the planned shift: staying past its end, or called in. */
  readonly overtimeMinutes: number;
  readonly calledIn: boolean;
  /** Labour rules broken for this adviser (no 20-minute break after 6 h, work sequence over 3 h). */
  readonly labourBreaches: number;
  /** What explains the figures, "; "-separated, in English. */
  readonly notes: string;
}

/** The CSV's columns, in order: header name and the row field it holds. */
export const timesheetColumns: readonly { readonly header: string; readonly key: keyof TimesheetRow }[] = [
  { header: 'day', key: 'day' },
  { header: 'date', key: 'date' },
  { header: 'adviser_id', key: 'adviserId' },
  { header: 'name', key: 'name' },
  { header: 'scheduled_start', key: 'scheduledStart' },
  { header: 'scheduled_end', key: 'scheduledEnd' },
  { header: 'scheduled_minutes', key: 'scheduledMinutes' },
  { header: 'first_login', key: 'firstLogin' },
  { header: 'last_logout', key: 'lastLogout' },
  { header: 'worked_minutes', key: 'workedMinutes' },
  { header: 'breaks_taken', key: 'breaksTaken' },
  { header: 'break_minutes', key: 'breakMinutes' },
  { header: 'breaks_missed', key: 'breaksMissed' },
  { header: 'breaks_missed_minutes', key: 'breaksMissedMinutes' },
  { header: 'absent', key: 'absent' },
  { header: 'absence_recorded', key: 'absenceRecorded' },
  { header: 'lateness_minutes', key: 'latenessMinutes' },
  { header: 'lateness_recorded_minutes', key: 'latenessRecordedMinutes' },
  { header: 'overtime_minutes', key: 'overtimeMinutes' },
  { header: 'called_in', key: 'calledIn' },
  { header: 'labour_breaches', key: 'labourBreaches' },
  { header: 'notes', key: 'notes' },
];

function cell(value: TimesheetRow[keyof TimesheetRow]): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // Numbers arrive rounded to a tenth; String() gives "12.5", never a locale's comma.
  return String(value);
}

/** The timesheet as CSV text: a header row, then one row per adviser per day. */
export function renderTimesheetCsv(rows: readonly TimesheetRow[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => csvField(c, ',')).join(',');
  const lines = [line(timesheetColumns.map((c) => c.header)), ...rows.map((r) => line(timesheetColumns.map((c) => cell(r[c.key]))))];
  return lines.join('\r\n') + '\r\n';
}

/** The file name the console offers: `timesheet-<scenario>-<seed>.csv`. */
export function timesheetFileName(scenarioId: string, seed: number): string {
  return `timesheet-${scenarioId}-${seed}.csv`;
}
