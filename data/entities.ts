/**
 * The pack's entities alone, typed for run time: what the content script needs to find mentions. Facts
 * and documents stay out of its bundle (they load with the card, data/index.ts).
 */
import entitiesJson from './entities.json';
import type { Entity } from './schema';

export const entities: readonly Entity[] = entitiesJson as Entity[];
