import { Rng } from '../random';

/**
 * Fictional name material. Surnames are among the most common in the Netherlands (Meertens
 * Instituut, Nederlandse Familienamenbank), plus names typical of Westland and of Den Haag's
 * population; any resemblance of a generated company to a real one is coincidental.
 * Stored with the tussenvoegsel in lower case ("van Dijk"), as written after a first name.
 */
export const SURNAMES: readonly string[] = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'Hoekstra',
  'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom', 'Huisman', 'de Ruiter', 'Kuipers',
  'van Wijk', 'Post', 'Kramer', 'van den Brink', 'Scholten', 'Groen', 'Verbeek', 'van der Laan', 'Zwart', 'Koning',
  'Vreugdenhil', 'van der Ende', 'van Geest', 'Zuijderwijk', 'Duijvestijn', 'van Staalduinen', 'van der Knaap', 'Vellekoop', 'Poot', 'Barendse',
  'Yilmaz', 'Kaya', 'Demir', 'El Amrani', 'Bouzid', 'Ramdin', 'Mahabier', 'Nguyen', 'Öztürk', 'Ramsaransing',
];

export const FIRST_NAMES: readonly string[] = [
  'Jan', 'Peter', 'Mark', 'Sandra', 'Linda', 'Anouk', 'Fatima', 'Mohamed', 'Ahmet', 'Priya',
  'Sanne', 'Lisa', 'Thomas', 'Daan', 'Emma', 'Sophie', 'Kevin', 'Bas', 'Esther', 'Marieke',
  'Youssef', 'Ayşe', 'Rajesh', 'Ingrid', 'Wim', 'Henk', 'Karin', 'Monique', 'Niels', 'Ruben',
  'Hanna', 'Joost', 'Noor', 'Samira', 'Erik', 'Lotte', 'Jeroen', 'Marloes', 'Hatice', 'Dewi',
];

/** For "{N}": names of restaurants, care homes, schools. */
export const NAME_NOUNS: readonly string[] = [
  'De Linde', 'Het Anker', 'De Zonnebloem', 'De Vlinder', 'De Molen', 'De Duinen', 'Het Hof', 'De Haven', 'De Boog', 'De Zeemeeuw',
  'De Horizon', 'De Parel', 'De Waterlelie', 'Het Baken', 'De Eik', 'De Vuurtoren', 'Het Kompas', 'De Regenboog', 'De Kade', 'Het Veld',
  'De Terp', 'Het Duinhuis', 'De Wielewaal', 'De Lindeboom', 'De Kroon', 'Het Zeepaard', 'De Schelp', 'De Tulp', 'Het Spui', 'De Hofvijver',
];

/** For "{B}": short brand words. */
export const BRAND_WORDS: readonly string[] = [
  'Prima', 'Nova', 'Vita', 'Flex', 'Fris', 'Kust', 'Delta', 'Hofstad', 'Sterk', 'Groen',
  'Helder', 'Duin', 'Vaart', 'Polder', 'Zuid', 'Total', 'Smart', 'Royal', 'Blauw', 'Optima',
];

const LEGAL_FORMS: readonly (readonly [string, number])[] = [['', 55], [' B.V.', 35], [' V.O.F.', 10]];

/** "van Dijk" → "Van Dijk" (capitalised at the start of a company name). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Fills a name pattern (see SectorProfile.names). */
export function companyName(rng: Rng, pattern: string, place: string): string {
  const name = pattern
    .replace(/\{S\}/g, () => capitalise(rng.pick(SURNAMES)))
    .replace(/\{P\}/g, place)
    .replace(/\{N\}/g, () => rng.pick(NAME_NOUNS))
    .replace(/\{B\}/g, () => rng.pick(BRAND_WORDS));
  return name + rng.weightedEntry(LEGAL_FORMS);
}

/** Lower-case ASCII slug for fictional domains: "Bakkerij Van Dijk B.V." → "bakkerijvandijk". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(b\.v\.|v\.o\.f\.)/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

export function personName(rng: Rng): PersonName {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(SURNAMES);
  return { first, last, full: `${first} ${last}` };
}
