// The app's two button looks, so every form's buttons stay alike.
export const PRIMARY_BUTTON =
  "rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60";
