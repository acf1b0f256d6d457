/**
 * The editor's scripted events: the list with each event's own fields, add,
 * remove, change type. Labels and fields the form does not show are kept.
 */
import { getAt, isObject, type Json } from '../editor/docPath';
import { addEvent, advisersOf, changeEventType, channelIds, eventTypes, removeEvent, type EventType } from '../editor/teamEdits';
import type { MessageKey } from '../i18n';
import { useT } from '../app/context';
import { NumberField, SelectField, TextField, type Edit } from './EditorFields';

const numberFields = ['minutes', 'surge', 'handleTimeFactor', 'probability', 'perDay'] as const;

export function EditorEvents({ doc, edit }: { readonly doc: Json; readonly edit: Edit }) {
  const t = useT();
  const events = getAt(doc, ['events']);
  const list = Array.isArray(events) ? events : [];
  const channels = channelIds(doc).map((id) => ({ value: id, label: id }));
  const advisers = (advisersOf(doc) ?? []).flatMap((a) => (typeof a.id === 'string' ? [{ value: a.id, label: `${a.id} ${typeof a.name === 'string' ? a.name : ''}` }] : []));
  const typeOptions = eventTypes.map((type) => ({ value: type, label: t(`editor.eventType.${type}` as MessageKey) }));
  /** Keeps a value the lists do not offer (an id the file has but the team lacks) so the select never rewrites it. */
  const withCurrent = (options: { value: string; label: string }[], current: Json | undefined) =>
    typeof current === 'string' && !options.some((o) => o.value === current) ? [{ value: current, label: current }, ...options] : options;
  return (
    <section className="editor-section" aria-labelledby="editor-events">
      <h3 id="editor-events">{t('editor.section.events')}</h3>
      <ol className="editor-events" data-testid="editor-events">
        {list.map((e, i) => {
          if (!isObject(e)) return null;
          const p = { doc, edit };
          const known = (eventTypes as readonly string[]).includes(String(e.type));
          return (
            <li key={i} className="editor-event" data-testid="editor-event">
              {known ? (
                <label className="field">
                  <span>{t('editor.eventType')}</span>
                  <select value={String(e.type)} data-testid={`editor-event-type-${i}`} onChange={(ev) => edit((d) => changeEventType(d, i, ev.target.value as EventType))}>
                    {typeOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </label>
              ) : (
                <span className="muted">{String(e.type)}</span>
              )}
              {'at' in e ? <TextField {...p} path={['events', i, 'at']} label={t('editor.event.at')} testId={`editor-event-at-${i}`} className="clock" /> : null}
              {'channelId' in e ? <SelectField {...p} path={['events', i, 'channelId']} label={t('editor.event.channelId')} options={withCurrent(channels, e.channelId)} /> : null}
              {'adviserId' in e ? <SelectField {...p} path={['events', i, 'adviserId']} label={t('editor.event.adviserId')} options={withCurrent(advisers, e.adviserId)} /> : null}
              {numberFields.map((f) => (f in e ? <NumberField key={f} {...p} path={['events', i, f]} label={t(`editor.event.${f}`)} testId={`editor-event-${f}-${i}`} /> : null))}
              <button type="button" className="btn small" data-testid={`editor-remove-event-${i}`} onClick={() => edit((d) => removeEvent(d, i))}>
                {t('editor.removeEvent')}
              </button>
            </li>
          );
        })}
      </ol>
      <label className="field inline">
        <span>{t('editor.addEvent')}</span>
        <select
          value=""
          data-testid="editor-add-event"
          onChange={(ev) => {
            if (ev.target.value) edit((d) => addEvent(d, ev.target.value as EventType));
          }}
        >
          <option value="">…</option>
          {typeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
