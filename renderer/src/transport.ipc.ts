/** Desktop: the preload's window.clusterApi. */
import type { ClusterBridge } from '../../shared/bridge';
import type { Transport } from './transport';

export function ipcTransport(bridge: ClusterBridge): Transport {
  return { call: (method, input) => bridge.call(method, input) };
}
