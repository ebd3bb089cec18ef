/**
 * The embed's message protocol, version 1 (spec "Embedding"; research embed-share §A3.3).
 * public/embed.js speaks the same protocol by hand: keep the two in step.
 */
export const NS = 'dt-embed';
export const PROTOCOL_VERSION = 1;

/** Child (the embed) → parent (embed.js or the host's own script). */
export type ChildMessage =
  | { type: 'dt:ready'; payload: { protocol: 1 } }
  | { type: 'dt:resize'; payload: { height: number } }
  | { type: 'dt:scroll-request'; payload: { top: number } }
  | { type: 'dt:step'; payload: { index: number } }
  | { type: 'dt:complete'; payload: { outcomeId: string } };

/** Parent → child. */
export type ParentMessage = { type: 'dt:hello'; payload: Record<string, never> };

export interface Envelope<M extends { type: string; payload: unknown }> {
  ns: typeof NS;
  v: typeof PROTOCOL_VERSION;
  frameId: string;
  type: M['type'];
  payload: M['payload'];
}

export function envelope<M extends ChildMessage>(frameId: string, message: M): Envelope<M> {
  return { ns: NS, v: PROTOCOL_VERSION, frameId, type: message.type, payload: message.payload };
}

/** A `dt:hello` for this frame, or false. Checks the shape only, not who sent it. */
export function isHello(data: unknown, frameId: string | undefined): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return (
    d.ns === NS &&
    d.v === PROTOCOL_VERSION &&
    d.type === 'dt:hello' &&
    typeof d.frameId === 'string' &&
    (frameId === undefined || d.frameId === frameId)
  );
}
