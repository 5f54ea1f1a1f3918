// The scanned page with the extracted fields drawn on it. Boxes are in page pixels (the OCR image);
// an SVG with the page's own viewBox lies over the picture, so they scale with zoom for free and
// rotate with it because both sit in the same rotated frame.
import { useEffect, useMemo, useState } from 'react';
import type { FieldName, FieldSource } from '../../../electron/contract/domain.ts';
import { api } from '../../api/index.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';

export interface ViewerPage { index: number; width: number; height: number }

export const FIELD_COLOURS: Record<FieldName, string> = {
  sender: '#1f6feb', letterDate: '#8250df', receivedAt: '#6e7781', reference: '#bf3989', cashReference: '#d1242f',
  iban: '#0a7d5a', amount: '#b35900', currency: '#b35900', dueDate: '#cf222e', subject: '#0969da',
};

const imageCache = new Map<string, Promise<string>>();

/** Page images as data URLs, fetched once per item and page (thumbnails and the main view share them). */
export function loadPageImage(itemId: string, page: number): Promise<string> {
  const key = `${itemId}/${page}`;
  let cached = imageCache.get(key);
  if (!cached) {
    cached = api.call('items.pageImage', { id: itemId, page }).then((image) => `data:${image.mime};base64,${image.base64}`);
    cached.catch(() => imageCache.delete(key));
    imageCache.set(key, cached);
  }
  return cached;
}

function usePageImage(itemId: string, page: number | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    setUrl(undefined);
    if (page === undefined) return;
    let live = true;
    loadPageImage(itemId, page).then((value) => { if (live) setUrl(value); }, () => undefined);
    return () => { live = false; };
  }, [itemId, page]);
  return url;
}

export interface ViewerState { zoom: number; rotation: number; page: number }
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

export function nextZoom(zoom: number, direction: 1 | -1): number {
  const index = ZOOM_STEPS.findIndex((step) => step >= zoom - 1e-6);
  const next = Math.min(ZOOM_STEPS.length - 1, Math.max(0, (index === -1 ? ZOOM_STEPS.length - 1 : index) + direction));
  return ZOOM_STEPS[next]!;
}

interface PageViewerProps {
  itemId: string;
  pages: ViewerPage[];
  fieldSources: Partial<Record<FieldName, FieldSource>>;
  activeField: FieldName | null;
  state: ViewerState;
  onChange(next: ViewerState): void;
}

/** Base width of the page at zoom 1, in CSS pixels: about a readable A4 column. */
const BASE_WIDTH = 720;

export function PageViewer({ itemId, pages, fieldSources, activeField, state, onChange }: PageViewerProps) {
  const { t } = useI18n();
  const page = pages.find((p) => p.index === state.page) ?? pages[0];
  const url = usePageImage(itemId, page?.index);
  const boxes = useMemo(() => Object.entries(fieldSources)
    .filter((entry): entry is [FieldName, FieldSource] => entry[1] !== undefined && entry[1].page === page?.index)
    .map(([field, source]) => ({ field, boxes: source.boxes })), [fieldSources, page?.index]);

  if (!page) return <div className="viewer viewer-empty">{t('viewer.noPages')}</div>;

  const width = BASE_WIDTH * state.zoom;
  const height = width * (page.height / page.width);
  const sideways = state.rotation % 180 !== 0;
  const frameWidth = sideways ? height : width;
  const frameHeight = sideways ? width : height;

  return (
    <section className="viewer" aria-label={t('viewer.label')}>
      <div className="viewer-toolbar" role="toolbar" aria-label={t('viewer.toolbar')}>
        <button type="button" className="button button-small" onClick={() => onChange({ ...state, zoom: nextZoom(state.zoom, -1) })}
          aria-label={t('viewer.zoomOut')} title={`${t('viewer.zoomOut')} (−)`}>−</button>
        <span className="viewer-zoom" aria-live="polite">{Math.round(state.zoom * 100)} %</span>
        <button type="button" className="button button-small" onClick={() => onChange({ ...state, zoom: nextZoom(state.zoom, 1) })}
          aria-label={t('viewer.zoomIn')} title={`${t('viewer.zoomIn')} (+)`}>+</button>
        <button type="button" className="button button-small" onClick={() => onChange({ ...state, rotation: (state.rotation + 270) % 360 })}
          aria-label={t('viewer.rotateLeft')} title={t('viewer.rotateLeft')}>⟲</button>
        <button type="button" className="button button-small" onClick={() => onChange({ ...state, rotation: (state.rotation + 90) % 360 })}
          aria-label={t('viewer.rotateRight')} title={`${t('viewer.rotateRight')} (R)`}>⟳</button>
        <span className="viewer-page-count">{t('viewer.pageOf', { page: page.index + 1, count: pages.length })}</span>
      </div>
      <div className="viewer-body">
        {pages.length > 1 && (
          <ol className="viewer-thumbs" aria-label={t('viewer.thumbnails')}>
            {pages.map((p) => (
              <li key={p.index}>
                <Thumbnail itemId={itemId} page={p} selected={p.index === page.index}
                  onSelect={() => onChange({ ...state, page: p.index })} />
              </li>
            ))}
          </ol>
        )}
        <div className="viewer-canvas" data-testid="page-canvas">
          <div className="viewer-frame" style={{ width: frameWidth, height: frameHeight }}>
            <div className="viewer-page" data-rotation={state.rotation}
              style={{ width, height, transform: `translate(-50%, -50%) rotate(${state.rotation}deg)` }}>
              {url ? <img src={url} alt={t('viewer.pageAlt', { page: page.index + 1 })} width={width} height={height} draggable={false} />
                : <div className="viewer-loading" role="status">{t('common.loading')}</div>}
              <svg className="viewer-overlay" viewBox={`0 0 ${page.width} ${page.height}`} preserveAspectRatio="none" aria-hidden="true">
                {boxes.map(({ field, boxes: fieldBoxes }) => fieldBoxes.map((box, index) => (
                  <rect key={`${field}-${index}`} data-field={field}
                    className={`field-box${activeField === field ? ' field-box-active' : ''}${activeField && activeField !== field ? ' field-box-dim' : ''}`}
                    x={box.x0 - 4} y={box.y0 - 4} width={box.x1 - box.x0 + 8} height={box.y1 - box.y0 + 8}
                    rx={4} stroke={FIELD_COLOURS[field]} fill={FIELD_COLOURS[field]} />
                )))}
              </svg>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}

function Thumbnail({ itemId, page, selected, onSelect }: { itemId: string; page: ViewerPage; selected: boolean; onSelect(): void }) {
  const { t } = useI18n();
  const url = usePageImage(itemId, page.index);
  return (
    <button type="button" className={`viewer-thumb${selected ? ' viewer-thumb-selected' : ''}`} onClick={onSelect}
      aria-current={selected ? 'true' : undefined} aria-label={t('viewer.pageAlt', { page: page.index + 1 })}>
      {url ? <img src={url} alt="" /> : <span className="viewer-thumb-placeholder" />}
      <span className="viewer-thumb-number">{page.index + 1}</span>
    </button>
  );
}

export const FIELD_ORDER: FieldName[] = ['sender', 'subject', 'letterDate', 'receivedAt', 'reference', 'cashReference', 'iban', 'amount', 'currency', 'dueDate'];
export const fieldLabelKey = (field: FieldName): MessageKey => `field.${field}`;
