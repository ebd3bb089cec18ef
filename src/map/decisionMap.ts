import { decisionMachine } from '../decision/machine';
import { extractGraph } from './graph';
import { mapModel } from './model';

/** The decision machine's map, read from its definition once, when the map first loads. */
export const DECISION_GRAPH = extractGraph(decisionMachine);
export const DECISION_MAP = mapModel(DECISION_GRAPH);
