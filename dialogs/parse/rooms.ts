/**
 * Rooms and the fabric of a room, in English and Welsh: one vocabulary for an answer to "where is
 * the problem?" (place.ts) and a room named in passing in the description (room-in-description.ts),
 * which had each kept its own list and drifted (the answer "bathrwm" was not read as a place).
 * Words as written, accents kept; Welsh in its dictionary form: the description reader makes the
 * mutated forms (mutatedForms), the answer reader undoes them (radicals).
 */

/** Rooms and parts of a home that something can be "in". */
export const ROOMS_EN: readonly string[] = [
  'kitchen', 'bathroom', 'bedroom', 'bedrooms', 'living room', 'livingroom', 'sitting room', 'front room', 'back room', 'dining room',
  'box room', 'spare room', 'shower room', 'utility room', 'en suite', 'ensuite', 'lounge', 'hallway', 'hall', 'landing', 'toilet',
  'toilets', 'loo', 'wc', 'loft', 'attic', 'conservatory', 'stairs', 'staircase', 'stairwell', 'airing cupboard', 'porch', 'cellar',
  'basement', 'nursery', 'scullery',
];

/**
 * The fabric of a room, which may be what is wrong: "the bathroom ceiling", "the kitchen window".
 * Not a fitting ("the kitchen tap", "the kitchen light"): a thing in the room, which the resident
 * may yet place more exactly when asked.
 */
export const ROOM_PARTS_EN: readonly string[] = ['ceiling', 'ceilings', 'wall', 'walls', 'window', 'windows', 'floor', 'floors', 'door', 'doors'];

/** Welsh rooms, dictionary forms; a phrase mutates its first word ("y gegin fach", "fy nghegin fach"). */
export const ROOMS_CY: readonly string[] = [
  'cegin', 'cegin fach', 'llofft', 'llofftydd', 'bathrwm', 'bathrwms', 'lolfa', 'parlwr', 'cyntedd', 'landin', 'toiled', 'atig',
  'tŷ bach', 'pasej', 'grisiau', 'staer',
];

/** "(y)stafell" and its kind: the room is the pair, and ystafell does not mutate after the article. */
export const ROOM_STAFELL_CY: readonly string[] = ['ystafell', 'stafell', "'stafell"];
export const ROOM_KINDS_CY: readonly string[] = ['wely', 'ymolchi', 'molchi', 'fyw', 'fwyta', 'sbâr', 'haul', 'gefn', 'ffrynt', 'gawod', 'amlbwrpas'];

/** The fabric of a room in Welsh, as it comes before the room: "nenfwd y gegin", "wal y llofft". */
export const ROOM_PARTS_CY: readonly string[] = ['nenfwd', 'to', 'wal', 'waliau', 'ffenest', 'ffenestr', 'ffenestri', 'llawr', 'drws'];
