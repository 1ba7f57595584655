"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-lg border border-stone-300 bg-white px-4 py-2 font-medium hover:bg-stone-100"
    >
      {label}
    </button>
  );
}
