import { type KeyboardEvent, type PointerEvent, useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../shared/i18n.js';
import { landTexts as texts } from './land-texts.js';

/** [lng, lat], WGS 84. */
export type LngLat = [number, number];
export type Bbox = [number, number, number, number];
export interface AreaGeometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown[];
}
export interface MapFeatures {
  parcels: Array<{ id: string; geometry: AreaGeometry; sheet: number; parcel: number }>;
  zones: Array<{ id: string; geometry: AreaGeometry; name: string }>;
  truncated: boolean;
}

const WIDTH = 800;
const HEIGHT = 520;
const TILE = 256;
/** Wide enough to see a ward, close enough to tell its lots apart. */
const MIN_ZOOM = 13;
const MAX_ZOOM = 21;

/** Web Mercator at zoom 0, in pixels of a 256-pixel world: what slippy-map tiles use, so that a base layer lines up. */
const project = ([lng, lat]: LngLat): [number, number] => {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * TILE, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE];
};
const unproject = ([x, y]: [number, number]): LngLat => [(x / TILE) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI];

export interface View {
  /** The centre, in world pixels at zoom 0. */
  centre: [number, number];
  zoom: number;
}

/** The view that shows a bbox whole. */
export function viewOf([minLng, minLat, maxLng, maxLat]: Bbox): View {
  const [left, bottom] = project([minLng, minLat]);
  const [right, top] = project([maxLng, maxLat]);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.floor(Math.log2(Math.min(WIDTH / (right - left), HEIGHT / (bottom - top))))));
  return { centre: [(left + right) / 2, (top + bottom) / 2], zoom };
}

/** The view moved to the middle of a shape's first ring, at least close enough to tell lots apart. */
export function centredOn({ zoom }: View, geometry: AreaGeometry): View {
  const ring = (geometry.type === 'Polygon' ? geometry.coordinates[0] : (geometry.coordinates[0] as unknown[])[0]) as LngLat[];
  const points = ring.map(project);
  const middle = points.reduce<[number, number]>((sum, [x, y]) => [sum[0] + x / points.length, sum[1] + y / points.length], [0, 0]);
  return { centre: middle, zoom: Math.max(zoom, 18) };
}

export function viewBbox({ centre, zoom }: View): Bbox {
  const scale = 2 ** zoom;
  const [west, north] = unproject([centre[0] - WIDTH / 2 / scale, centre[1] - HEIGHT / 2 / scale]);
  const [east, south] = unproject([centre[0] + WIDTH / 2 / scale, centre[1] + HEIGHT / 2 / scale]);
  return [west, south, east, north].map((value) => Number(value.toFixed(6))) as Bbox;
}

/** The geometry's rings as one SVG path in the view's pixels (holes drawn with the even-odd rule). */
function pathOf(geometry: AreaGeometry, toScreen: (position: LngLat) => [number, number]): string {
  const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as LngLat[][][];
  return polygons
    .flatMap((rings) => rings.map((ring) => `M${ring.map((position) => toScreen(position).map((value) => value.toFixed(1)).join(' ')).join('L')}Z`))
    .join('');
}

/** The slippy-map tiles under the view, for a base layer whose address has {z}, {x} and {y}. */
function tilesOf({ centre, zoom }: View): Array<{ z: number; x: number; y: number; left: number; top: number; size: number }> {
  const z = Math.min(19, Math.floor(zoom));
  const size = TILE * 2 ** (zoom - z);
  const scale = 2 ** zoom;
  const originX = centre[0] * scale - WIDTH / 2;
  const originY = centre[1] * scale - HEIGHT / 2;
  const tiles = [];
  for (let x = Math.floor(originX / size); x * size < originX + WIDTH; x++) {
    for (let y = Math.floor(originY / size); y * size < originY + HEIGHT; y++) tiles.push({ z, x, y, left: x * size - originX, top: y * size - originY, size });
  }
  return tiles;
}

/**
 * The cadastral map drawn in SVG from the register's own vector features, with no outside tile
 * server: the installation may name a base layer (`baseLayerUrl`) to draw under them. A click
 * chooses the place under the pointer; everything the map offers the form offers too.
 */
export function LandMap({ view, onView, features, chosen, communeName, baseLayerUrl, onPick }: {
  view: View;
  onView(view: View): void;
  features: MapFeatures;
  chosen: AreaGeometry[];
  communeName: string;
  baseLayerUrl: string | null;
  onPick(position: LngLat): void;
}) {
  const { t } = useI18n();
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean; centre: [number, number] } | null>(null);
  const scale = 2 ** view.zoom;
  const toScreen = useMemo(() => {
    const originX = view.centre[0] * scale - WIDTH / 2;
    const originY = view.centre[1] * scale - HEIGHT / 2;
    return (position: LngLat): [number, number] => {
      const [x, y] = project(position);
      return [x * scale - originX, y * scale - originY];
    };
  }, [view, scale]);

  /** The pointer's place in the SVG's own units, whatever size the page gives it. */
  const svgPoint = (event: PointerEvent): [number, number] => {
    const box = svg.current!.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * WIDTH, ((event.clientY - box.top) / box.height) * HEIGHT];
  };
  const zoomBy = (step: number) => onView({ centre: view.centre, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom + step)) });
  const panBy = (dx: number, dy: number) => onView({ centre: [view.centre[0] + (dx * WIDTH) / 4 / scale, view.centre[1] + (dy * HEIGHT) / 4 / scale], zoom: view.zoom });

  useEffect(() => {
    const element = svg.current;
    if (!element) return;
    const wheel = (event: WheelEvent) => {
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1 : -1);
    };
    element.addEventListener('wheel', wheel, { passive: false });
    return () => element.removeEventListener('wheel', wheel);
  });

  const keys: Record<string, () => void> = { '+': () => zoomBy(1), '=': () => zoomBy(1), '-': () => zoomBy(-1), ArrowUp: () => panBy(0, -1), ArrowDown: () => panBy(0, 1), ArrowLeft: () => panBy(-1, 0), ArrowRight: () => panBy(1, 0) };
  const onKeyDown = (event: KeyboardEvent) => {
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <figure className="land-map">
      <div className="land-map-controls" role="group" aria-label={t(texts.mapHeading)}>
        <button type="button" className="button button-secondary" onClick={() => zoomBy(1)}>{t(texts.zoomIn)}</button>
        <button type="button" className="button button-secondary" onClick={() => zoomBy(-1)}>{t(texts.zoomOut)}</button>
        <button type="button" className="button button-secondary" onClick={() => panBy(0, -1)}>{t(texts.panNorth)}</button>
        <button type="button" className="button button-secondary" onClick={() => panBy(0, 1)}>{t(texts.panSouth)}</button>
        <button type="button" className="button button-secondary" onClick={() => panBy(-1, 0)}>{t(texts.panWest)}</button>
        <button type="button" className="button button-secondary" onClick={() => panBy(1, 0)}>{t(texts.panEast)}</button>
      </div>
      <svg
        ref={svg}
        className="land-map-canvas"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t(texts.mapAlternative, { commune: communeName, parcels: String(features.parcels.length), zones: String(features.zones.length) })}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          drag.current = { x: event.clientX, y: event.clientY, moved: false, centre: view.centre };
        }}
        onPointerMove={(event) => {
          const start = drag.current;
          if (!start) return;
          const box = svg.current!.getBoundingClientRect();
          const dx = ((event.clientX - start.x) / box.width) * WIDTH;
          const dy = ((event.clientY - start.y) / box.height) * HEIGHT;
          if (!start.moved && Math.hypot(dx, dy) < 4) return;
          start.moved = true;
          onView({ centre: [start.centre[0] - dx / scale, start.centre[1] - dy / scale], zoom: view.zoom });
        }}
        onPointerUp={(event) => {
          const start = drag.current;
          drag.current = null;
          if (start && !start.moved) {
            const [x, y] = svgPoint(event);
            onPick(unproject([view.centre[0] + (x - WIDTH / 2) / scale, view.centre[1] + (y - HEIGHT / 2) / scale]));
          }
        }}
      >
        {baseLayerUrl &&
          tilesOf(view).map((tile) => (
            <image
              key={`${tile.z}/${tile.x}/${tile.y}`}
              href={baseLayerUrl.replace('{z}', String(tile.z)).replace('{x}', String(tile.x)).replace('{y}', String(tile.y))}
              x={tile.left}
              y={tile.top}
              width={tile.size}
              height={tile.size}
            />
          ))}
        <g className="land-map-zones">
          {features.zones.map((zone) => (
            <path key={zone.id} d={pathOf(zone.geometry, toScreen)} fillRule="evenodd" />
          ))}
        </g>
        <g className="land-map-parcels">
          {features.parcels.map((parcel) => (
            <path key={parcel.id} d={pathOf(parcel.geometry, toScreen)} fillRule="evenodd">
              <title>{t(texts.parcelTitle, { parcel: String(parcel.parcel), sheet: String(parcel.sheet) })}</title>
            </path>
          ))}
        </g>
        <g className="land-map-chosen">
          {chosen.map((geometry, index) => (
            <path key={index} d={pathOf(geometry, toScreen)} fillRule="evenodd" />
          ))}
        </g>
      </svg>
      <figcaption>
        <span className="muted">{t(texts.mapHint)}</span>
        <span className="land-map-legend">
          <span className="land-map-key land-map-key-parcel" aria-hidden="true" /> {t(texts.legendParcel)}
          <span className="land-map-key land-map-key-zone" aria-hidden="true" /> {t(texts.legendZone)}
          <span className="land-map-key land-map-key-chosen" aria-hidden="true" /> {t(texts.legendChosen)}
        </span>
        {features.truncated && <span>{t(texts.mapTruncated)}</span>}
      </figcaption>
    </figure>
  );
}
