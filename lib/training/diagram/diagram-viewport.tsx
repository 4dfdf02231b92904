"use client";

import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from "react";
import { useHydrated } from "../../ui/use-hydrated";
import "./diagram-viewport.css";

const ZOOM_STEP = 1.25;
/** At 1 the whole diagram is in the frame: smaller would show nothing more. */
const ZOOM_MIN = 1;
const ZOOM_MAX = 4;
const PAN_STEP = 60;

type Texts = { label: string; zoomIn: string; zoomOut: string; reset: string };

type Props = {
  texts: Texts;
  /** The diagram's width divided by its height, so that it can be fitted whole into the frame before any script runs. */
  aspectRatio: number;
  children: ReactNode;
};

/**
 * A scrollable frame for a large diagram, which shows the whole diagram as large as the frame allows. With JavaScript:
 * zoom buttons, the arrow keys and + / − when the frame has focus, dragging with a mouse, and Ctrl + the wheel to zoom.
 * Touch screens scroll it natively.
 */
export function DiagramViewport({ texts, aspectRatio, children }: Props) {
  const hydrated = useHydrated();
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  // The point of the diagram at the centre of the frame, as fractions, kept there when the scale changes.
  const centre = useRef<{ x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; y: number } | null>(null);

  const zoomTo = (next: number) => {
    const element = frame.current;
    if (element) {
      centre.current = {
        x: (element.scrollLeft + element.clientWidth / 2) / element.scrollWidth,
        y: (element.scrollTop + element.clientHeight / 2) / element.scrollHeight,
      };
    }
    setScale(Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, next)));
  };

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element || !centre.current) return;
    element.scrollLeft = centre.current.x * element.scrollWidth - element.clientWidth / 2;
    element.scrollTop = centre.current.y * element.scrollHeight - element.clientHeight / 2;
    centre.current = null;
  }, [scale]);

  // React's wheel listener is passive, and Ctrl + wheel must not also zoom the whole page.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      setScale((current) => Math.min(ZOOM_MAX, Math.max(ZOOM_MIN, event.deltaY < 0 ? current * ZOOM_STEP : current / ZOOM_STEP)));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const element = event.currentTarget;
    const pan: Record<string, [number, number]> = {
      ArrowLeft: [-PAN_STEP, 0],
      ArrowRight: [PAN_STEP, 0],
      ArrowUp: [0, -PAN_STEP],
      ArrowDown: [0, PAN_STEP],
    };
    const move = pan[event.key];
    if (move) element.scrollBy({ left: move[0], top: move[1] });
    else if (event.key === "+" || event.key === "=") zoomTo(scale * ZOOM_STEP);
    else if (event.key === "-") zoomTo(scale / ZOOM_STEP);
    else if (event.key === "0") zoomTo(1);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType === "touch" || event.button !== 0) return;
    drag.current = { x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    event.currentTarget.scrollBy({ left: drag.current.x - event.clientX, top: drag.current.y - event.clientY });
    drag.current = { x: event.clientX, y: event.clientY };
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div className="diagram-viewport">
      <div className="diagram-controls no-print" hidden={!hydrated}>
        <button type="button" className="button button-secondary" onClick={() => zoomTo(scale * ZOOM_STEP)} disabled={scale >= ZOOM_MAX}>
          {texts.zoomIn}
        </button>
        <button type="button" className="button button-secondary" onClick={() => zoomTo(scale / ZOOM_STEP)} disabled={scale <= ZOOM_MIN}>
          {texts.zoomOut}
        </button>
        <button type="button" className="button button-secondary" onClick={() => zoomTo(1)} disabled={scale === 1}>
          {texts.reset}
        </button>
      </div>
      <div
        ref={frame}
        className="diagram-frame"
        role="region"
        aria-label={texts.label}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
      >
        <div className="diagram-canvas" style={{ "--zoom": scale, "--aspect-ratio": aspectRatio } as CSSProperties} data-scale={scale}>
          {children}
        </div>
      </div>
    </div>
  );
}
