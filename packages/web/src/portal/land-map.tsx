import { type GeoJSONSource, Map as MapLibre, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useRef, useState } from 'react';
import type { AreaGeometry } from '@motcua/core';
import { useI18n } from '../shared/i18n.js';
import { type Bbox, type LngLat, type MapFeatures, bboxText } from './land-map-features.js';
import { LandMapLegend } from './land-map-legend.js';
import { SOURCES, type SourceName, landMapStyle } from './land-map-style.js';
import { landTexts as texts } from './land-texts.js';

// MapLibre looks for its worker beside its own module, which the bundle renames: name the worker's built file.
setWorkerUrl(workerUrl);

/** What the map is asked to show: a box whole, no closer than `maxZoom`. */
export interface MapFocus {
  bbox: Bbox;
  maxZoom?: number;
}

/** Wide enough to see a ward, close enough to tell its lots apart. */
const MIN_ZOOM = 12;
const MAX_ZOOM = 20;
const PADDING = 24;

type GeoJson = Parameters<GeoJSONSource['setData']>[0];

function setSource(map: MapLibre, name: SourceName, data: GeoJson): void {
  void map.getSource<GeoJSONSource>(name)?.setData(data);
}

const fitOptions = ({ maxZoom }: MapFocus) => ({ padding: PADDING, ...(maxZoom !== undefined && { maxZoom }) });

const boundsOf = (map: MapLibre): Bbox => {
  const bounds = map.getBounds();
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
};

/** Throws when the browser cannot give it a WebGL 2 context. */
function createMap(container: HTMLElement, baseLayerUrl: string | null, focus: MapFocus, label: string): MapLibre {
  const map = new MapLibre({
    container,
    // The canvas's accessible name from the start; the page renames it as the view changes.
    locale: { 'Map.Title': label },
    style: landMapStyle(baseLayerUrl),
    bounds: focus.bbox,
    fitBoundsOptions: fitOptions(focus),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    attributionControl: false,
    // North stays up: the cadastral sheets are drawn so, and a click's place is plain to tell.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // Base-layer tiles are then loaded as images, which the pages' img-src lets in; the API's connect-src stays this site's.
    refreshExpiredTiles: false,
  });
  map.keyboard.disableRotation();
  map.touchZoomRotate.disableRotation();
  return map;
}

/**
 * The cadastral map drawn by MapLibre GL from the register's own vector features, with no outside
 * server: the installation may name a base layer of tiles (`baseLayerUrl`) to draw under them. A
 * click chooses the place under the pointer; everything the map offers the form offers too. The
 * box the map shows is kept on its element (`data-bbox`), as the features were read for it.
 */
export function LandMap({ focus, view, onView, features, chosen, communeName, baseLayerUrl, onPick, onUnavailable }: {
  focus: MapFocus;
  view: Bbox | null;
  onView(view: Bbox): void;
  features: MapFeatures;
  chosen: AreaGeometry[];
  communeName: string;
  baseLayerUrl: string | null;
  onPick(position: LngLat): void;
  /** The browser cannot draw it (no WebGL 2): the page says so and keeps its form. */
  onUnavailable(): void;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibre>();
  // The map's listeners are added once; they call whatever the page gave last.
  const label = t(texts.mapAlternative, { commune: communeName, parcels: String(features.parcels.features.length), zones: String(features.zones.features.length) });
  const latest = useRef({ onView, onPick, onUnavailable, label });
  latest.current = { onView, onPick, onUnavailable, label };
  /** The focus the map last moved to: a new one moves it again, a render with the same one does not. */
  const shown = useRef(focus);

  useEffect(() => {
    let created: MapLibre;
    try {
      created = createMap(container.current!, baseLayerUrl, shown.current, latest.current.label);
    } catch {
      latest.current.onUnavailable();
      return;
    }
    const report = () => latest.current.onView(boundsOf(created));
    created.on('load', () => {
      setMap(created);
      report();
    });
    created.on('moveend', report);
    created.on('click', ({ lngLat }) => latest.current.onPick([lngLat.lng, lngLat.lat]));
    return () => {
      setMap(undefined);
      created.remove();
    };
  }, [baseLayerUrl]);

  useEffect(() => {
    if (!map || focus === shown.current) return;
    shown.current = focus;
    map.fitBounds(focus.bbox, fitOptions(focus));
  }, [map, focus]);

  useEffect(() => {
    if (!map) return;
    setSource(map, SOURCES.parcels, features.parcels as GeoJson);
    setSource(map, SOURCES.zones, features.zones as GeoJson);
    setSource(map, SOURCES.boundaries, features.boundaries as GeoJson);
  }, [map, features]);

  useEffect(() => {
    if (map) setSource(map, SOURCES.chosen, { type: 'FeatureCollection', features: chosen.map((geometry) => ({ type: 'Feature', properties: {}, geometry })) } as GeoJson);
  }, [map, chosen]);

  useEffect(() => {
    map?.getCanvas().setAttribute('aria-label', label);
  }, [map, label]);

  const panBy = (x: number, y: number) => {
    if (!map) return;
    const canvas = map.getCanvas();
    map.panBy([(x * canvas.clientWidth) / 4, (y * canvas.clientHeight) / 4]);
  };

  return (
    <>
      <figure className="land-map">
        <div className="land-map-controls" role="group" aria-label={t(texts.mapHeading)}>
          <button type="button" className="button button-secondary" onClick={() => map?.zoomIn()}>{t(texts.zoomIn)}</button>
          <button type="button" className="button button-secondary" onClick={() => map?.zoomOut()}>{t(texts.zoomOut)}</button>
          <button type="button" className="button button-secondary" onClick={() => panBy(0, -1)}>{t(texts.panNorth)}</button>
          <button type="button" className="button button-secondary" onClick={() => panBy(0, 1)}>{t(texts.panSouth)}</button>
          <button type="button" className="button button-secondary" onClick={() => panBy(-1, 0)}>{t(texts.panWest)}</button>
          <button type="button" className="button button-secondary" onClick={() => panBy(1, 0)}>{t(texts.panEast)}</button>
        </div>
        <div ref={container} className="land-map-canvas" data-bbox={view ? bboxText(view) : undefined} />
        <figcaption>
          <span className="muted">{t(texts.mapHint)}</span>
          {features.parcels.truncated && <span>{t(texts.mapTruncated)}</span>}
        </figcaption>
      </figure>
      <LandMapLegend features={features} chosen={chosen.length} />
    </>
  );
}
