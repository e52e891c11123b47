import { Rng } from '../random';
import { capitalise } from './names';

/**
 * Fictional names of job seekers, put together from name parts: a first name and a surname built
 * from a stem and an ending or particle, in the naming traditions of the people the WSP serves
 * (a Participatiewet caseload in a Dutch city is much more diverse than the employers' contacts).
 * A generated combination refers to no real person.
 */

type Sex = 'F' | 'M';

interface NameTradition {
  weight: number;
  first: Readonly<Record<Sex, readonly string[]>>;
  surname: (rng: Rng, sex: Sex) => string;
}

const pickJoin = (rng: Rng, stems: readonly string[], endings: readonly string[]) => rng.pick(stems) + rng.pick(endings);
/** A stem with one of the endings that go with it. */
const pickPair = (rng: Rng, pairs: readonly (readonly [string, readonly string[]])[]) => {
  const [stem, endings] = rng.pick(pairs);
  return stem + rng.pick(endings);
};

/** Dutch surnames: toponyms with a particle, compounds, patronymics and occupations. */
const NL_PARTICLES: readonly (readonly [string, number])[] = [['van', 5], ['van de', 2], ['van der', 3], ['van den', 2], ['de', 5], ['ter', 1], ["van 't", 1], ['in het', 0.3]];
const NL_PLACES = ['Berg', 'Dijk', 'Veen', 'Beek', 'Wijk', 'Dam', 'Vliet', 'Leeuwen', 'Broek', 'Heuvel', 'Linden', 'Meer', 'Wal', 'Velde', 'Laan', 'Kamp', 'Zande', 'Poel', 'Hoeven', 'Bosch', 'Horst', 'Water', 'Ende', 'Hout', 'Kade'];
const NL_DE = ['Jong', 'Vries', 'Groot', 'Boer', 'Bruin', 'Wit', 'Haan', 'Graaf', 'Ruiter', 'Lange', 'Klerk', 'Kok', 'Goede', 'Koning', 'Zwart', 'Wolf'];
const NL_STEMS = ['Hoog', 'Klein', 'Groen', 'Zuid', 'Noord', 'Wester', 'Ooster', 'Nieuw', 'Oud', 'Blom', 'Brink', 'Vel', 'Kool', 'Lin', 'Hol', 'Bos', 'Stap', 'Ver', 'Mol', 'Rijn'];
const NL_ENDINGS = ['veen', 'dijk', 'berg', 'kamp', 'man', 'hof', 'meijer', 'stra', 'huis', 'broek', 'hout', 'beek', 'land', 'sma', 'inga', 'horst', 'werf', 'gaard'];
const NL_PATRONYMS = ['Jan', 'Pieter', 'Hendrik', 'Gerrit', 'Willem', 'Klaas', 'Dirk', 'Cornelis', 'Adriaan', 'Teun', 'Maarten', 'Lambert', 'Wouter', 'Evert'];
const NL_PATRONYM_ENDINGS = ['sen', 'se', 's', 'ssen'];
const NL_TRADES = ['Bakker', 'Smit', 'Visser', 'Mulder', 'Kuiper', 'Schouten', 'Brouwer', 'Timmer', 'Kramer', 'Koster', 'Molenaar', 'Schipper', 'Verver', 'Hoedemaker', 'Wever'];

function dutchSurname(rng: Rng): string {
  switch (rng.weightedEntry([['particle', 4], ['de', 3], ['compound', 3], ['patronym', 2], ['trade', 2]] as const)) {
    case 'particle':
      return `${rng.weightedEntry(NL_PARTICLES)} ${rng.pick(NL_PLACES)}`;
    case 'de':
      return `de ${rng.pick(NL_DE)}`;
    case 'compound':
      return pickJoin(rng, NL_STEMS, NL_ENDINGS);
    case 'patronym': {
      const stem = rng.pick(NL_PATRONYMS);
      const ending = rng.pick(NL_PATRONYM_ENDINGS);
      // "Klaas" + "s" stays "Klaassen"-like rather than "Klaass".
      return stem.endsWith('s') && ending === 's' ? `${stem}en` : stem + ending;
    }
    case 'trade':
      return rng.pick(NL_TRADES);
  }
}

const TRADITIONS: readonly NameTradition[] = [
  {
    weight: 46,
    first: {
      F: ['Sandra', 'Linda', 'Anouk', 'Sanne', 'Lisa', 'Emma', 'Sophie', 'Esther', 'Marieke', 'Ingrid', 'Karin', 'Monique', 'Hanna', 'Lotte', 'Marloes', 'Kim', 'Bianca', 'Wendy', 'Chantal', 'Ilse', 'Jolanda', 'Petra', 'Romy', 'Demi', 'Naomi'],
      M: ['Jan', 'Peter', 'Mark', 'Thomas', 'Daan', 'Kevin', 'Bas', 'Wim', 'Henk', 'Niels', 'Ruben', 'Joost', 'Erik', 'Jeroen', 'Dennis', 'Patrick', 'Ronald', 'Sander', 'Stefan', 'Rick', 'Jordy', 'Tim', 'Gert', 'Marco', 'Rob'],
    },
    surname: (rng) => dutchSurname(rng),
  },
  {
    weight: 10,
    first: {
      F: ['Fatima', 'Samira', 'Khadija', 'Nadia', 'Malika', 'Loubna', 'Hanan', 'Zineb', 'Imane', 'Siham', 'Yasmina', 'Naima'],
      M: ['Mohamed', 'Youssef', 'Karim', 'Bilal', 'Hamza', 'Anouar', 'Said', 'Rachid', 'Ilias', 'Mourad', 'Soufiane', 'Ayoub'],
    },
    surname: (rng) =>
      rng.chance(0.45)
        ? `El ${rng.pick(['Amrani', 'Idrissi', 'Hadioui', 'Khattabi', 'Ouali', 'Bakkali', 'Haddouchi', 'Mourabit', 'Azzouzi', 'Yousfi'])}`
        : pickJoin(rng, ['Bou', 'Ben', 'Ait', 'Ou', 'Az', 'Ta', 'Cha'], ['zid', 'ali', 'hammou', 'ahabi', 'zouzi', 'hiri', 'kiri', 'rif', 'bari']),
  },
  {
    weight: 10,
    first: {
      F: ['Ayşe', 'Fatma', 'Elif', 'Hatice', 'Zeynep', 'Emine', 'Esra', 'Merve', 'Büşra', 'Derya', 'Sevgi', 'Gül'],
      M: ['Mehmet', 'Ahmet', 'Mustafa', 'Emre', 'Murat', 'Hasan', 'Kerem', 'Burak', 'Serkan', 'Yusuf', 'Ömer', 'Volkan'],
    },
    surname: (rng) => pickJoin(rng, ['Öz', 'Kara', 'Ak', 'Gül', 'Ay', 'Er', 'Yıl', 'Tek', 'Bal', 'Taş', 'Şen', 'Demir'], ['türk', 'demir', 'kaya', 'can', 'dağ', 'soy', 'han', 'maz', 'el', 'tekin', 'göz', 'er']),
  },
  {
    weight: 6,
    first: {
      F: ['Priya', 'Anjali', 'Sunita', 'Kiran', 'Shanti', 'Roshni', 'Sharmila', 'Gaitree', 'Radha'],
      M: ['Rajesh', 'Ravi', 'Dinesh', 'Anil', 'Sanjay', 'Navin', 'Sunil', 'Kishan', 'Rakesh'],
    },
    surname: (rng) => pickJoin(rng, ['Ram', 'Jag', 'Sew', 'Bhag', 'Mahab', 'Kall', 'Ragh'], ['din', 'lal', 'sahai', 'saran', 'kisoen', 'dat', 'nath', 'ier', 'oe', 'esar']),
  },
  {
    weight: 3,
    first: {
      F: ['Shirley', 'Joyce', 'Ruthmila', 'Gloria', 'Sharon', 'Jessica', 'Ingrid'],
      M: ['Jerrel', 'Ricardo', 'Gregory', 'Melvin', 'Rudi', 'Clyde', 'Errol'],
    },
    surname: (rng) => pickJoin(rng, ['Pin', 'Doel', 'Mart', 'Bouter', 'Lie', 'Sabaj', 'Van', 'Koen'], ['as', 'wijt', 'ina', 'se', 'uw', 'o', 'lie', 'ders']),
  },
  {
    weight: 4,
    first: {
      F: ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Monika', 'Ewa'],
      M: ['Piotr', 'Tomasz', 'Krzysztof', 'Marek', 'Paweł', 'Andrzej', 'Łukasz'],
    },
    surname: (rng, sex) => pickJoin(rng, ['Kowal', 'Nowak', 'Wiśniew', 'Lewandow', 'Zieliń', 'Kamiń', 'Dąbrow', 'Wójcik'], [sex === 'F' ? 'ska' : 'ski', sex === 'F' ? 'owska' : 'owski', 'czyk']),
  },
  {
    weight: 2,
    first: { F: ['Elena', 'Ioana', 'Daniela', 'Mihaela', 'Maria'], M: ['Ion', 'Bogdan', 'Mihai', 'Florin', 'Georgi'] },
    surname: (rng) => pickJoin(rng, ['Popesc', 'Ionesc', 'Dumitr', 'Stoic', 'Constantin', 'Georgi'], ['u', 'escu', 'a', 'ev']),
  },
  {
    weight: 5,
    first: {
      F: ['Yara', 'Rasha', 'Lina', 'Hiba', 'Rania', 'Layla', 'Nour', 'Dima'],
      M: ['Ahmad', 'Omar', 'Khaled', 'Rami', 'Mahmoud', 'Samir', 'Hussam', 'Fadi'],
    },
    surname: (rng) => `${rng.chance(0.6) ? 'Al-' : ''}${rng.pick(['Hassan', 'Ahmad', 'Khatib', 'Masri', 'Haddad', 'Hamwi', 'Halabi', 'Sayed', 'Homsi'])}`,
  },
  {
    weight: 4,
    first: { F: ['Senait', 'Helen', 'Mehret', 'Saba', 'Selam', 'Rahwa'], M: ['Yonas', 'Dawit', 'Filmon', 'Tesfay', 'Robel', 'Merhawi'] },
    surname: (rng) => pickJoin(rng, ['Gebre', 'Wolde', 'Haile', 'Tekle', 'Kidane', 'Berhane'], ['medhin', 'michael', 'selassie', 'mariam', 'hiwet', '', 'giorgis']),
  },
  {
    weight: 2,
    first: { F: ['Hodan', 'Amina', 'Fadumo', 'Ifrah', 'Sahra'], M: ['Abdi', 'Mohamed', 'Abdirahman', 'Hassan', 'Liban'] },
    surname: (rng) => pickJoin(rng, ['Ahmed', 'Mohamud', 'Warsame', 'Abdi', 'Farah'], ['', ' Ali', ' Hassan', ' Nur']),
  },
  {
    weight: 2,
    first: { F: ['Maria', 'Ana', 'Sofia', 'Lucia'], M: ['José', 'Carlos', 'Daniel', 'Luis'] },
    surname: (rng) => pickPair(rng, [['Rodrig', ['ues', 'uez']], ['Fernand', ['es', 'ez']], ['Gonzal', ['ez', 'es']], ['Mart', ['ins', 'inez']], ['Lop', ['es', 'ez']], ['Gom', ['es', 'ez']]]),
  },
  {
    weight: 1.5,
    first: { F: ['Mei', 'Linh', 'Hoa', 'Thu'], M: ['Minh', 'Wei', 'Tuan', 'Jun'] },
    surname: (rng) => rng.pick(['Nguyen', 'Tran', 'Le', 'Pham', 'Chen', 'Wang', 'Li']),
  },
  {
    weight: 2,
    first: { F: ['Olena', 'Nadia', 'Iryna', 'Oksana'], M: ['Oleksandr', 'Ivan', 'Andriy', 'Dmytro'] },
    surname: (rng) => pickJoin(rng, ['Shevch', 'Bondar', 'Petr', 'Kravch', 'Tkach'], ['enko', 'uk']),
  },
];

const TRADITION_WEIGHTS = TRADITIONS.map((t) => t.weight);

export interface CandidateName {
  first: string;
  last: string;
}

/** A fictional first and last name for a person of `sex` (the surname in Dutch style, particle lower case). */
export function candidateName(rng: Rng, sex: Sex): CandidateName {
  const tradition = TRADITIONS[rng.weightedIndex(TRADITION_WEIGHTS)];
  const first = rng.pick(tradition.first[sex]);
  const last = tradition.surname(rng, sex).trim();
  return { first, last: /^(van|de|ter|in)\b/.test(last) ? last : capitalise(last) };
}

const ASCII: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ş: 's', ğ: 'g', ø: 'o', ß: 'ss' };

/** Lower-case ASCII letters of a name, for fictional e-mail addresses: "van 't Hof" → "vanthof". */
export function emailPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ıłşğøß]/g, (c) => ASCII[c] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** A fictional personal e-mail address at a reserved `.example` domain (RFC 2606). */
export function personalEmail(rng: Rng, name: CandidateName, birthYear: number): string {
  const first = emailPart(name.first);
  const last = emailPart(name.last);
  const local = rng.weightedEntry([
    [`${first}.${last}`, 4],
    [`${first}${last}`, 2],
    [`${first[0]}.${last}`, 2],
    [`${first}${String(birthYear).slice(2)}`, 2],
    [`${first}.${last}${rng.int(1, 99)}`, 1],
  ] as const);
  return `${local}@${rng.pick(['mail.example', 'post.example', 'webmail.example', 'ziggo.example', 'kpn.example'])}`;
}
