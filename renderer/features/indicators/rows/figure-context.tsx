import { createContext, useContext } from 'react';
import type { FigureTarget } from './figure-target';

/** Opens the drawer listing the rows behind a figure; the dashboard provides it, every figure button uses it. */
export const FigureOpenerContext = createContext<(target: FigureTarget) => void>(() => undefined);

export function useOpenFigure(): (target: FigureTarget) => void {
  return useContext(FigureOpenerContext);
}
