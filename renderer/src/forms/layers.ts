/**
 * Escape closes the top-most dialog only. Mantine lets every open modal react to one Escape, so a form
 * with a confirmation on top of it (or an observation on top of a visit) would all close at once; the
 * app's dialogs turn Mantine's own handling off and register here instead.
 */
import { useEffect, useRef } from 'react';

type Layer = { close: () => void };
const layers: Layer[] = [];

function onKeyDown(e: KeyboardEvent) {
  if (e.key !== 'Escape' || e.isComposing || layers.length === 0) return;
  // An open list (Select, Menu) or date picker takes Escape first and closes itself; the dialog stays.
  if (e.target instanceof Element && e.target.getAttribute('data-mantine-stop-propagation') === 'true') return;
  if (document.querySelector('[data-dates-dropdown]')) return;
  e.preventDefault();
  layers.at(-1)?.close();
}

let listening = false;
export function useEscapeLayer(close: () => void, active = true) {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  });
  useEffect(() => {
    if (!active) return;
    if (!listening) {
      window.addEventListener('keydown', onKeyDown, { capture: true });
      listening = true;
    }
    const layer: Layer = { close: () => latest.current() };
    layers.push(layer);
    return () => {
      const i = layers.indexOf(layer);
      if (i >= 0) layers.splice(i, 1);
    };
  }, [active]);
}
