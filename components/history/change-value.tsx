// Kept only until the compare page imports the shared one from components/ui; then this file goes.
export { ChangeValue } from "@/components/ui/change-value";
