"use client";

import { useState } from "react";
import { DEFAULT_OVERLAYS } from "@/components/ui/radar-outline";

/**
 * Which of a radar's overlays (earlier scan, target, peers' median, a band …) are drawn: the first
 * DEFAULT_OVERLAYS by default, so the chart stays readable at 375 px; the legend's buttons toggle each one.
 */
export function useOverlayToggle(keys: ReadonlyArray<string>): {
  isShown: (key: string) => boolean;
  toggle: (key: string) => void;
} {
  // Only the reader's own choices are stored; everything else follows the default, also when keys change.
  const [choices, setChoices] = useState<Record<string, boolean>>({});
  const isShown = (key: string) => {
    const chosen = choices[key];
    if (chosen !== undefined) return chosen;
    const index = keys.indexOf(key);
    return index >= 0 && index < DEFAULT_OVERLAYS;
  };
  const toggle = (key: string) => setChoices((current) => ({ ...current, [key]: !isShown(key) }));
  return { isShown, toggle };
}
