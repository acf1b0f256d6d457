/**
 * The editor's channels: service-level target and threshold, mean handle
 * time, and the row of contacts per statistics interval (which writes the
 * arrival profile and the forecast). Other channel fields are kept as in the file.
 */
import { channelName } from '../i18n';
import { formatClock } from '../i18n/format';
import { getAt, isObject, type Json } from '../editor/docPath';
import { arrivalsByInterval, intervalsOf, setVolume, volumesOf } from '../editor/volumes';
import { useT, useUi } from '../app/context';
import { NumberField, NumberInput, withDefault, type Edit } from './EditorFields';

function HandleTime({ doc, edit, index }: { readonly doc: Json; readonly edit: Edit; readonly index: number }) {
  const t = useT();
  const dist = getAt(doc, ['channels', index, 'handleTime', 'dist']);
  const path = ['channels', index, 'handleTime'];
  if (dist === 'constant') return <NumberField doc={doc} edit={edit} path={[...path, 'value']} label={t('editor.handleValue')} testId={`editor-aht-${index}`} />;
  if (dist === 'exponential' || dist === 'lognormal' || dist === 'gamma') {
    return <NumberField doc={doc} edit={edit} path={[...path, 'mean']} label={t('editor.handleMean')} testId={`editor-aht-${index}`} />;
  }
  return <p className="muted">{t('editor.handleOther', { dist: String(dist) })}</p>;
}

/** Mean patience, when the file gives one (the preview's Erlang A reads it); "never abandon" channels show nothing. */
function Patience({ doc, edit, index }: { readonly doc: Json; readonly edit: Edit; readonly index: number }) {
  const t = useT();
  const mean = getAt(doc, ['channels', index, 'patience', 'mean']);
  if (typeof mean !== 'number') return null;
  return <NumberField doc={doc} edit={edit} path={['channels', index, 'patience', 'mean']} label={t('editor.patienceMean')} testId={`editor-patience-${index}`} />;
}

function VolumeRow({ doc, edit, index, name }: { readonly doc: Json; readonly edit: Edit; readonly index: number; readonly name: string }) {
  const t = useT();
  const volumes = volumesOf(doc, index);
  const intervals = intervalsOf(doc);
  if (!volumes) return <p className="muted">{t('editor.noArrivals')}</p>;
  const arrivals = arrivalsByInterval(doc, index);
  // The row shows the planning forecast; when the file's real arrivals differ, say that an edit aligns them.
  const differs = arrivals !== null && arrivals.some((a, k) => Math.abs(a - (volumes[k] ?? 0)) > 0.005);
  return (
    <fieldset className="volume-row">
      <legend>
        {t('editor.volumes')} <span className="muted">{t('editor.volumesHelp')}</span>
      </legend>
      <div className="volume-cells">
        {intervals.map((iv, k) => (
          <label key={iv.from} className="volume-cell">
            <span>{formatClock(iv.from).slice(0, 5)}</span>
            <NumberInput
              min={0}
              value={Math.round((volumes[k] ?? 0) * 100) / 100}
              label={t('editor.volumeAt', { channel: name, time: formatClock(iv.from).slice(0, 5) })}
              testId={`editor-volume-${index}-${k}`}
              // An empty cell is 0 contacts; a negative count is written as typed, for validation to name.
              onNumber={(n) => edit((d) => setVolume(d, index, k, n ?? 0))}
            />
          </label>
        ))}
      </div>
      {differs ? (
        <p className="muted small" data-testid={`editor-forecast-differs-${index}`}>
          {t('editor.forecastDiffers')}
        </p>
      ) : null}
    </fieldset>
  );
}

export function EditorChannels({ doc, edit }: { readonly doc: Json; readonly edit: Edit }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const channels = getAt(doc, ['channels']);
  const list = Array.isArray(channels) ? channels : [];
  return (
    <section className="editor-section" aria-labelledby="editor-channels">
      <h3 id="editor-channels">{t('editor.section.channels')}</h3>
      {list.map((c, i) => {
        if (!isObject(c)) return null;
        const id = typeof c.id === 'string' ? c.id : `#${i}`;
        // The schema's default, shown until the file sets its own; the first edit writes both fields.
        const sl = withDefault(doc, edit, ['channels', i, 'serviceLevel'], { thresholdSeconds: 20, target: 0.8 });
        const name = channelName({ id, ...(isObject(c.name) ? { name: c.name as { fr?: string; en?: string } } : {}) }, lang);
        return (
          <div key={i} className="editor-channel" data-testid={`editor-channel-${i}`}>
            <h4>
              {name} <span className="muted">({String(c.kind ?? '')})</span>
            </h4>
            <div className="editor-grid three">
              <NumberField {...sl} path={['channels', i, 'serviceLevel', 'target']} scale={100} label={t('editor.target')} testId={`editor-target-${i}`} />
              <NumberField {...sl} path={['channels', i, 'serviceLevel', 'thresholdSeconds']} label={t('editor.threshold')} testId={`editor-threshold-${i}`} />
              <HandleTime doc={doc} edit={edit} index={i} />
              <Patience doc={doc} edit={edit} index={i} />
            </div>
            <VolumeRow doc={doc} edit={edit} index={i} name={name} />
          </div>
        );
      })}
    </section>
  );
}
