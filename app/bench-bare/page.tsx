import type { Metadata } from "next";

// The benchmark's baseline (npm run bench): the app's layout with nothing of its own, so every other page's
// JavaScript is measured against it. Linked from nowhere and never indexed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function BenchBarePage() {
  return <p>Klantkompas</p>;
}
