/** Word lists shared by the refiners. */

export const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

export const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)';

/** Nouns that count people: what most figures in these sources measure. */
export const PEOPLE_NOUN = new RegExp(
  '^(?:people|persons?|men|women|children|boys|girls|individuals|souls|lives|prisoners?|inmates|' +
    'convicts|detainees|internees|exiles|deportees|kulaks|peasants|workers|workmen|labou?rers|' +
    'officers|officials|functionaries|cadres|members|victims|engineers|specialists|soldiers|' +
    'troops|generals|commanders|marshals|admirals|colonels|majors|executives|personnel|staff|' +
    'employees|deaths|dead|arrests|sentences|arrestees|executions|heads|families|citizens|inhabitants|' +
    'residents|accused|defendants|co-?defendants|delegates|deputies|leaders|guards|priests|' +
    'clergy|communists|hangmen|students|intellectuals|teachers|doctors|scientists|writers|' +
    'enemies|spies|saboteurs|wreckers|traitors|agents|criminals|politicals|thieves|murderers|' +
    'prostitutes|foreigners|Poles|Germans|Russians|Ukrainians|Jews|Latvians|Finns|Koreans|' +
    'Chechens|Tatars|Kalmyks|Balts|comrades|chekists|investigators|judges|procurators|' +
    'trotskyists|oppositionists|rightists|zinovievites|bukharinites|party|army|veterans|' +
    'volunteers|recruits|graduates|cadets|pilots|sailors|physicians|nurses|miners|farmers|' +
    'persons’|men’s)$',
  'i'
);

export const COUNT_NOUN = /^[a-z][a-z’'-]*s$/i;
