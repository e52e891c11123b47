import { EARTH_RADIUS_KM } from '@wsp/matching-core';

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

const DEG = 180 / Math.PI;
/** Slack in degrees (~1 mm) so float noise never puts a point just inside the circle outside the box. */
const PAD_DEG = 1e-8;

/**
 * Smallest lon/lat box around the spherical cap of `radiusKm` around (lat, lon), on the same
 * sphere as `haversineKm`: every point within the radius lies in the box (tangent-latitude
 * formula, Matuschek). Crossing a pole or the antimeridian widens it to every longitude.
 */
export function boundingBox(lat: number, lon: number, radiusKm: number): BBox {
  const delta = radiusKm / EARTH_RADIUS_KM;
  const dLat = delta * DEG + PAD_DEG;
  const minLat = lat - dLat;
  const maxLat = lat + dLat;
  if (minLat <= -90 || maxLat >= 90 || delta >= Math.PI / 2) {
    return { minLon: -180, minLat: Math.max(-90, minLat), maxLon: 180, maxLat: Math.min(90, maxLat) };
  }
  const ratio = Math.sin(delta) / Math.cos(lat / DEG);
  const dLon = ratio >= 1 ? 180 : Math.asin(ratio) * DEG + PAD_DEG;
  if (lon - dLon < -180 || lon + dLon > 180) return { minLon: -180, minLat, maxLon: 180, maxLat };
  return { minLon: lon - dLon, minLat, maxLon: lon + dLon, maxLat };
}
