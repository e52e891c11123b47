/** A WSP labour-market region (arbeidsmarktregio) and its municipalities. */
export interface RegionMunicipality {
  /** CBS GM code of 2024. */
  code: string;
  /** Name as in the CBS list (data/reference/geo/gemeenten_2024.csv). */
  name: string;
  /** Name as people say it (company names, texts). */
  displayName: string;
  /** Telephone area code of the main place (netnummer). */
  areaCode: string;
}

export interface RegionDefinition {
  id: string;
  name: string;
  municipalities: readonly RegionMunicipality[];
}

/**
 * Arbeidsmarktregio Haaglanden (one of the 35 regions of the Wet SUWI, art. 10), WSP Haaglanden.
 * GM codes checked against gemeenten_2024.csv.
 */
export const HAAGLANDEN: RegionDefinition = {
  id: 'haaglanden',
  name: 'Haaglanden',
  municipalities: [
    { code: 'GM0518', name: "'s-Gravenhage", displayName: 'Den Haag', areaCode: '070' },
    { code: 'GM0503', name: 'Delft', displayName: 'Delft', areaCode: '015' },
    { code: 'GM1916', name: 'Leidschendam-Voorburg', displayName: 'Leidschendam-Voorburg', areaCode: '070' },
    { code: 'GM1842', name: 'Midden-Delfland', displayName: 'Midden-Delfland', areaCode: '015' },
    { code: 'GM1926', name: 'Pijnacker-Nootdorp', displayName: 'Pijnacker-Nootdorp', areaCode: '015' },
    { code: 'GM0603', name: 'Rijswijk (ZH.)', displayName: 'Rijswijk', areaCode: '070' },
    { code: 'GM0629', name: 'Wassenaar', displayName: 'Wassenaar', areaCode: '070' },
    { code: 'GM1783', name: 'Westland', displayName: 'Westland', areaCode: '0174' },
    { code: 'GM0637', name: 'Zoetermeer', displayName: 'Zoetermeer', areaCode: '079' },
  ],
};

/** Regions the generator knows, by id (one for now). */
export const WSP_REGIONS: Readonly<Record<string, RegionDefinition>> = { [HAAGLANDEN.id]: HAAGLANDEN };

export function regionMunicipalityCodes(region: RegionDefinition): string[] {
  return region.municipalities.map((m) => m.code);
}
