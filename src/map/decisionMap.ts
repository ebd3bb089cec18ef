import { decisionMachine } from '../decision/machine';
import { extractGraph } from './graph';
import { layout } from './layout';
import { mapModel } from './model';

/**
 * The decision machine's whole map, read from its definition and laid out. The app imports
 * it as `virtual:decision-map`: in the build, data made by build/decision-map-plugin.ts.
 */
export const DECISION_GRAPH = extractGraph(decisionMachine);
export const DECISION_MAP = mapModel(DECISION_GRAPH, layout);
