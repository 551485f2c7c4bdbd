/**
 * The synthetic library of issue 11's scaling budget: 10,000 aliases (5,000 people, each with a full name and
 * a title-and-surname form) on top of the bundled pack. First names are common real ones, so a first word
 * alone often appears on real pages; surnames are made of syllables, so the full names almost never do.
 * Deterministic: the same library on every run.
 */
const FIRST = [
  'John',
  'Maria',
  'David',
  'Anna',
  'Michael',
  'Sarah',
  'James',
  'Laura',
  'Robert',
  'Elena',
  'William',
  'Sofia',
  'Thomas',
  'Julia',
  'Daniel',
  'Emma',
  'Peter',
  'Clara',
  'Paul',
  'Nora',
  'Mark',
  'Rosa',
  'George',
  'Alice',
  'Richard',
  'Helen',
  'Joseph',
  'Grace',
  'Charles',
  'Irene',
  'Ahmed',
  'Fatima',
  'Omar',
  'Leila',
  'Yusuf',
  'Amira',
  'Ivan',
  'Olga',
  'Pierre',
  'Claire',
  'Hans',
  'Greta',
  'Kenji',
  'Yuki',
  'Wei',
  'Mei',
  'Raj',
  'Priya',
  'Carlos',
  'Lucia',
];
const SYLLABLES = [
  'ka',
  'mor',
  'ven',
  'dal',
  'tri',
  'sso',
  'lun',
  'bre',
  'gi',
  'rok',
  'tel',
  'ham',
  'nis',
  'vo',
  'quar',
  'zen',
];
const TITLES = ['Minister', 'Senator', 'General', 'Judge', 'Ambassador'];

export interface SyntheticEntity {
  id: string;
  name: string;
  kind: 'person';
  aliases: string[];
  description: string;
}

export function syntheticLibrary(aliasCount = 10_000): SyntheticEntity[] {
  const entities: SyntheticEntity[] = [];
  for (let i = 0; entities.length * 2 < aliasCount; i++) {
    const first = FIRST[i % FIRST.length]!;
    let n = Math.floor(i / FIRST.length) + 17;
    let surname = '';
    for (let part = 0; part < 3; part++, n = Math.floor(n / SYLLABLES.length))
      surname += SYLLABLES[n % SYLLABLES.length];
    surname = surname[0]!.toUpperCase() + surname.slice(1);
    const name = `${first} ${surname}`;
    entities.push({
      id: `synthetic-${i}`,
      name,
      kind: 'person',
      aliases: [name, `${TITLES[i % TITLES.length]} ${surname}`],
      description: 'A person of the synthetic benchmark library.',
    });
  }
  return entities;
}
