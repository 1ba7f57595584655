// A quieter button beside PRIMARY_BUTTON, for secondary and destructive actions in the accounts pages.
export const SECONDARY_BUTTON =
  "rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60";
export const DANGER_BUTTON =
  "rounded-lg border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50";
