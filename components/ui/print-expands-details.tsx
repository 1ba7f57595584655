"use client";

import { useEffect } from "react";

/**
 * Opens every closed `details.print-expand` before printing and closes them again afterwards, for browsers
 * whose print style cannot open a <details> (app/globals.css does it where ::details-content is known).
 */
export function PrintExpandsDetails() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details.print-expand:not([open])")];
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return null;
}
